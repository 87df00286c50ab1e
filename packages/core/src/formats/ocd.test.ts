import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as arb from "../fixtures/arbitraries.test-support.js";
import * as seed from "../fixtures/seed-story.test-support.js";
import { compareDates } from "../partial-date.js";
import { ACTION_CLASSIFICATIONS } from "../schemas/action.js";
import type { Meeting } from "../schemas/meeting.js";
import { VOTE_OPTIONS } from "../schemas/vote-event.js";
import {
  fromOcdBill,
  fromOcdEvent,
  fromOcdOrganization,
  fromOcdPerson,
  fromOcdVoteEvent,
  toOcdBill,
  toOcdEvent,
  toOcdOrganization,
  toOcdPerson,
  toOcdVoteEvent,
} from "./ocd.js";

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Through JSON, as a file would go. */
const viaJson = <T>(value: T): unknown => JSON.parse(JSON.stringify(value));

describe("Open Civic Data", () => {
  it("writes the seed ordinance as an OCD bill", () => {
    const bill = toOcdBill({ measure: seed.ordinance, actions: seed.ordinanceActions, sources: seed.sources });
    expect(bill).toMatchObject({
      identifier: "",
      title: "Sanctuary city ordinance",
      classification: ["ordinance"],
      from_organization: "body-la-city-council",
      abstracts: [{ abstract: seed.ordinance.abstract }],
      actions: [
        { date: "2024-11", description: "Mayor Karen Bass released the draft ordinance.", classification: [] },
        { date: "2024-11-19", classification: ["passage"], organization: "body-la-city-council" },
      ],
      sources: [],
    });
    expect(fromOcdBill(viaJson(bill))).toEqual({
      ok: true,
      value: { measure: seed.ordinance, actions: seed.ordinanceActions, sources: seed.sources },
    });
  });

  it("round-trips any measure with its actions and sources, the actions in the order they happened (property)", () => {
    const record = arb.measure.chain((measure) =>
      fc.record({
        measure: fc.constant(measure),
        // Ids are unique within a bill, as in any real record.
        actions: fc.uniqueArray(arb.actionFor(measure.id), { maxLength: 3, selector: (action) => action.id }),
        sources: fc.uniqueArray(arb.source, { maxLength: 3, selector: (source) => source.id }),
      }),
    );
    fc.assert(
      fc.property(record, (r) => {
        const read = fromOcdBill(viaJson(toOcdBill(r)));
        if (!read.ok) throw new Error("the bill did not read back");
        const { actions, ...rest } = read.value;
        expect(rest).toEqual({ measure: r.measure, sources: r.sources });
        // The same actions, each whole, in an order that never goes back in time.
        expect([...actions].sort(byId)).toEqual([...r.actions].sort(byId));
        for (const [index, action] of actions.entries()) {
          const next = actions[index + 1];
          if (next) expect(compareDates(action.date, next.date)).toBeLessThanOrEqual(0);
        }
        // Given in any order, the bill is the same.
        expect(toOcdBill({ ...r, actions: [...r.actions].reverse() })).toEqual(toOcdBill(r));
      }),
      { numRuns: 150 },
    );
  });

  it("imports a plain OCD bill from another tool", () => {
    const result = fromOcdBill({
      legislative_session: "2023-2024",
      identifier: "CF 23-0002",
      title: "An ordinance about parks",
      from_organization: '~{"classification": "legislature"}',
      classification: ["ordinance"],
      subject: ["parks"],
      sponsorships: [
        { name: "A Member", primary: true, classification: "primary", entity_type: "person", person_id: null },
      ],
      related_bills: [{ identifier: "CF 19-0001", legislative_session: "2019-2020", relation_type: "replaces" }],
      actions: [
        {
          description: "Introduced",
          date: "2023-01-10T10:00:00-08:00",
          classification: ["introduction"],
          organization: null,
        },
      ],
      sources: [{ url: "https://clerk.example.gov/cf/23-0002", note: "Council file" }],
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.measure).toMatchObject({
      id: "ocd-bill:2023-2024:CF-23-0002",
      identifier: "CF 23-0002",
      session: "2023-2024",
      classification: "ordinance",
      sponsors: [{ name: "A Member", primary: true }],
      relatedMeasures: [{ relation: "supersedes", identifier: "CF 19-0001" }],
      sourceIds: ["ocd-bill:2023-2024:CF-23-0002:source:1"],
    });
    expect(result.value.measure.bodyId).toBeUndefined();
    expect(result.value.actions[0]).toMatchObject({ date: "2023-01-10", classification: ["introduction"] });
    expect(result.value.sources[0]).toMatchObject({ kind: "official-record", title: "Council file" });
  });

  it("rejects unknown action classifications and bad dates, naming what is allowed", () => {
    const result = fromOcdBill({
      title: "X",
      classification: ["bill"],
      actions: [{ description: "Passed", date: "yesterday", classification: ["passed"] }],
      sources: [{ url: "not a url" }],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual([
      { path: "actions.0.date", message: "must be an OCD date: YYYY, YYYY-MM, YYYY-MM-DD or an ISO date-time" },
      {
        path: "actions.0.classification.0",
        message: `action classification "passed" is not allowed; use one of: ${ACTION_CLASSIFICATIONS.join(", ")}`,
      },
    ]);
    const badSource = fromOcdBill({ title: "X", sources: [{ url: "not a url" }] });
    expect(badSource.ok ? [] : badSource.issues.map((i) => i.path)).toEqual(["sources.0.url"]);
    const badExtras = fromOcdBill({ title: "X", extras: { legible: { measure: { classification: "law" } } } });
    expect(badExtras.ok ? [] : badExtras.issues.map((i) => i.path)).toEqual(["extras.legible.measure.classification"]);
    expect(fromOcdBill("nope").ok).toBe(false);
  });

  it("writes and reads the seed vote", () => {
    const ocd = toOcdVoteEvent(seed.councilVote, { sources: seed.sources });
    expect(ocd).toMatchObject({
      motion_text: seed.councilVote.motionText,
      start_date: "2024-11-19",
      result: "pass",
      organization: "body-la-city-council",
      bill: "measure-sanctuary-ordinance",
      counts: [
        { option: "yes", value: 13 },
        { option: "no", value: 0 },
        { option: "not voting", value: 2 },
      ],
      votes: [],
      // OCD has no place for worked-out values: they ride in extras, with their reasoning.
      extras: { legible: { inferred: seed.councilVote.inferred } },
    });
    expect(fromOcdVoteEvent(viaJson(ocd))).toEqual({ ok: true, value: seed.councilVote });
  });

  it("round-trips any vote event (property)", () => {
    fc.assert(
      fc.property(arb.voteEvent, (vote) => {
        expect(fromOcdVoteEvent(viaJson(toOcdVoteEvent(vote)))).toEqual({ ok: true, value: vote });
      }),
      { numRuns: 150 },
    );
  });

  it("reads a plain OCD vote event, and rejects unknown options naming the allowed ones", () => {
    const plain = fromOcdVoteEvent({
      motion_text: "Adopt",
      start_date: "2024-11-19",
      organization: "council",
      counts: [{ option: "yes", value: 3 }],
      votes: [{ option: "yes", voter_name: "A" }],
    });
    expect(plain.ok && plain.value.rollCall).toEqual([{ voterName: "A", option: "yes" }]);
    const noVotes = fromOcdVoteEvent({ motion_text: "Adopt", start_date: "2024", organization: "council" });
    expect(noVotes.ok && noVotes.value.rollCall).toBeNull();
    const bad = fromOcdVoteEvent({
      motion_text: "Adopt",
      start_date: "2024",
      organization: "council",
      counts: [{ option: "aye", value: 3 }],
    });
    expect(bad.ok ? [] : bad.issues).toEqual([
      { path: "counts.0.option", message: `vote option "aye" is not allowed; use one of: ${VOTE_OPTIONS.join(", ")}` },
    ]);
    const badExtras = fromOcdVoteEvent({
      motion_text: "A",
      start_date: "2024",
      organization: "c",
      extras: { legible: { id: 5 } },
    });
    expect(badExtras.ok).toBe(false);
  });

  it("round-trips people and organizations (property)", () => {
    fc.assert(
      fc.property(arb.person, (person) => {
        expect(fromOcdPerson(viaJson(toOcdPerson(person)))).toEqual({ ok: true, value: person });
      }),
    );
    fc.assert(
      fc.property(arb.body, (body) => {
        expect(fromOcdOrganization(viaJson(toOcdOrganization(body)))).toEqual({ ok: true, value: body });
      }),
    );
  });

  it("keeps an object's own OCD id as its id and identifier, so a later import finds it", () => {
    const personId = "ocd-person/0a1b2c3d-0000-4000-8000-000000000001";
    expect(fromOcdPerson({ id: personId, name: "Ada Quimby" })).toMatchObject({
      value: { id: personId, identifiers: [{ scheme: "ocd", identifier: personId }] },
    });
    const billId = "ocd-bill/0a1b2c3d-0000-4000-8000-000000000002";
    const bill = fromOcdBill({ id: billId, title: "An ordinance", identifier: "CB 1", legislative_session: "2025" });
    expect(bill.ok && [bill.value.measure.id, bill.value.measure.identifiers]).toEqual([
      billId,
      [{ scheme: "ocd", identifier: billId }],
    ]);
    // An id that is not an OCD one is kept as the id, but is no identifier.
    expect(fromOcdPerson({ id: "person-ada", name: "Ada" })).toEqual({
      ok: true,
      value: { id: "person-ada", name: "Ada", sourceIds: [] },
    });
  });

  it("reads plain OCD people and organizations", () => {
    expect(fromOcdPerson({ name: "Karen Bass", given_name: "" })).toEqual({
      ok: true,
      value: { id: "ocd-person:Karen-Bass", name: "Karen Bass", sourceIds: [] },
    });
    expect(fromOcdPerson({ name: "X", extras: { legible: { version: "one" } } }).ok).toBe(false);
    expect(fromOcdPerson({}).ok).toBe(false);
    const org = (classification: string | null) => fromOcdOrganization({ name: "Council", classification });
    expect(org("upper").ok && org("upper")).toMatchObject({ value: { classification: "legislature" } });
    expect(org("party")).toMatchObject({ value: { classification: "party" } });
    expect(org("government")).toMatchObject({ value: { classification: "organization" } });
    expect(org(null)).toMatchObject({ value: { id: "ocd-organization:Council" } });
    expect(fromOcdOrganization({ name: "C", extras: { legible: { classification: "club" } } }).ok).toBe(false);
    expect(fromOcdOrganization({ name: 3 }).ok).toBe(false);
    expect(
      toOcdOrganization(seed.cityCouncil, { sources: [{ ...seed.cityCharter, url: "https://example.org/charter" }] })
        .sources,
    ).toEqual([{ url: "https://example.org/charter", note: "Charter of the City of Los Angeles" }]);
    expect(toOcdPerson(seed.bass).extras).toEqual({
      legible: { id: "person-karen-bass", sourceIds: ["src-seed-news-report"] },
    });
  });
});

describe("Open Civic Data events (meetings)", () => {
  const meeting: Meeting = {
    id: "meeting-council-2025-01-14",
    bodyId: "body-la-city-council",
    name: "City Council regular meeting",
    start: "2025-01-14T10:00:00-08:00",
    end: "2025-01-14T13:00:00-08:00",
    timeZone: "America/Los_Angeles",
    status: "postponed",
    location: { name: "John Ferraro Council Chamber, Room 340", address: "200 N. Spring St." },
    agenda: [
      {
        number: "12",
        text: "Ordinance relating to city resources",
        measureIds: ["measure-sanctuary-ordinance"],
        notes: ["Second reading"],
        actionIds: ["action-passage"],
        voteIds: ["vote-council-2024-11-19"],
      },
      { text: "Public comment", measureIds: [], notes: [], actionIds: [], voteIds: [] },
    ],
    documents: [{ kind: "agenda", title: "Agenda", url: "https://clerk.example.gov/agenda.pdf" }],
    media: [{ kind: "video", title: "Recording", url: "https://video.example.gov/1" }],
    sourceIds: ["src-clerk"],
  };

  it("writes a meeting as an OCD event, with Legible-only fields in extras", () => {
    const event = toOcdEvent(meeting, {
      sources: [
        {
          id: "src-clerk",
          kind: "official-record",
          title: "Clerk",
          publisher: null,
          date: null,
          url: "https://clerk.example.gov",
        },
      ],
    });
    expect(event).toMatchObject({
      name: "City Council regular meeting",
      start_date: "2025-01-14T10:00:00-08:00",
      end_date: "2025-01-14T13:00:00-08:00",
      timezone: "America/Los_Angeles",
      // OCD has no "postponed": the meeting will not happen at its time.
      status: "cancelled",
      location: { name: "John Ferraro Council Chamber, Room 340", note: "200 N. Spring St." },
      participants: [{ entity_type: "organization", organization_id: "body-la-city-council", note: "host" }],
      agenda: [
        {
          description: "Ordinance relating to city resources",
          order: "12",
          notes: ["Second reading"],
          related_entities: [
            { entity_type: "bill", bill_id: "measure-sanctuary-ordinance" },
            { entity_type: "vote_event", vote_event_id: "vote-council-2024-11-19" },
          ],
        },
        { description: "Public comment", order: "2", related_entities: [] },
      ],
      documents: [
        {
          note: "Agenda",
          classification: "agenda",
          links: [{ url: "https://clerk.example.gov/agenda.pdf", media_type: "application/pdf" }],
        },
      ],
      media: [{ note: "Recording", classification: "video" }],
      sources: [{ url: "https://clerk.example.gov", note: "Clerk" }],
      extras: { legible: { status: "postponed", agenda: [{ number: "12" }, { number: null }] } },
    });
    expect(fromOcdEvent(viaJson(event))).toEqual({ ok: true, value: { meeting, sources: [] } });
  });

  it("maps OCD's four statuses to Legible's, and keeps postponed through extras", () => {
    const statuses = { tentative: "scheduled", confirmed: "scheduled", cancelled: "cancelled", passed: "held" };
    for (const [ocd, legible] of Object.entries(statuses)) {
      const { extras: _extras, ...plain } = toOcdEvent(meeting);
      const read = fromOcdEvent({ ...(viaJson(plain) as object), status: ocd });
      expect(read.ok && read.value.meeting.status).toBe(legible);
    }
    for (const status of ["scheduled", "postponed", "cancelled", "held"] as const) {
      const read = fromOcdEvent(viaJson(toOcdEvent({ ...meeting, status })));
      expect(read.ok && read.value.meeting.status).toBe(status);
    }
  });

  it("round-trips any meeting (property)", () => {
    fc.assert(
      fc.property(arb.meeting, (m) => {
        expect(fromOcdEvent(viaJson(toOcdEvent(m)))).toEqual({ ok: true, value: { meeting: m, sources: [] } });
      }),
      { numRuns: 150 },
    );
  });

  it("imports a plain OCD event from another tool: local time in its zone, bills on the agenda, sources", () => {
    const result = fromOcdEvent({
      name: "Budget Committee",
      start_date: "2025-07-15T10:00",
      timezone: "America/Los_Angeles",
      status: "passed",
      location: { name: "Room 1010", note: null },
      participants: [{ entity_type: "organization", organization_id: "body-budget-committee", note: "host" }],
      agenda: [
        {
          description: "Parks budget",
          order: 3,
          subjects: ["parks"],
          related_entities: [
            { entity_type: "bill", bill_id: "measure-parks" },
            { entity_type: "person", id: "x" },
          ],
        },
      ],
      documents: [{ note: "Minutes", classification: "minutes", links: [{ url: "https://example.gov/m.pdf" }] }],
      sources: [{ url: "https://example.gov/cal", note: "Calendar" }],
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.meeting).toMatchObject({
      bodyId: "body-budget-committee",
      start: "2025-07-15T10:00:00-07:00",
      status: "held",
      location: { name: "Room 1010" },
      agenda: [{ number: "3", text: "Parks budget", measureIds: ["measure-parks"], voteIds: [], actionIds: [] }],
      documents: [{ kind: "minutes", title: "Minutes", url: "https://example.gov/m.pdf" }],
      sourceIds: [result.value.sources[0]?.id],
    });
    expect(result.value.sources).toMatchObject([{ kind: "official-record", title: "Calendar" }]);
  });

  it("names each bad field of an event", () => {
    const result = fromOcdEvent({ name: "", start_date: "soon", timezone: "Pacific", participants: [] });
    expect(result.ok).toBe(false);
    const paths = result.ok ? [] : result.issues.map((issue) => issue.path);
    expect(paths).toEqual(expect.arrayContaining(["bodyId", "name", "start", "timeZone"]));
  });
});
