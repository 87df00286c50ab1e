import { describe, expect, it } from "vitest";
import { fromOcdScrape, type OcdScrapeKnown, ocdScrapeKindOf, ocdScrapeReferences } from "./ocd-scrape.js";

const council = "ocd-organization/5b7c2d3e-1111-4aaa-8bbb-000000000001";
const known: OcdScrapeKnown = {
  ids: new Map([["0f4bd1c2-8d4e-11ef-9a3b-0242ac120002", council]]),
  organizations: [{ id: council, name: "Springfield City Council", classification: "legislature" }],
  people: [{ id: "ocd-person/aaaa1111-2222-4333-8444-555566667777", name: "Ada Quimby" }],
  bills: [{ id: "ocd-bill:2025:CB-25-014", identifier: "CB 25-014", session: "2025" }],
  stored: new Set(),
};

describe("OCD scraper output", () => {
  it("tells the kind of a scraped file by its name", () => {
    expect(ocdScrapeKindOf("scraped/vote_event_9e2f.json")).toBe("vote_event");
    expect(ocdScrapeKindOf("vote_9e2f.json")).toBe("vote_event");
    expect(ocdScrapeKindOf("organization_1.json")).toBe("organization");
    expect(ocdScrapeKindOf("jurisdiction_ocd-jurisdiction.json")).toBeNull();
    expect(ocdScrapeKindOf("bill_1.yml")).toBeNull();
  });

  it("reads a bill: references resolved, a bad link and an impossible date quarantined, the rest kept", () => {
    const bill = {
      _id: "7d0a4a5e-8d4e-11ef-9a3b-0242ac120002",
      legislative_session: "2025",
      identifier: "CB 25-014",
      title: "An ordinance on sidewalk repair",
      from_organization: '~{"classification": "legislature"}',
      classification: ["ordinance"],
      sponsorships: [
        { name: "Ada Quimby", primary: true, entity_type: "person", person_id: '~{"name": "Ada Quimby"}' },
      ],
      actions: [
        {
          description: "Introduced",
          date: "2025-02-03",
          classification: ["introduction"],
          organization_id: "0f4bd1c2-8d4e-11ef-9a3b-0242ac120002",
        },
        { description: "Referred", date: "2025-02-30", classification: ["referral-committee"] },
        { description: "Read", date: "2025-02-10", classification: ["reading-1", "became-famous"] },
      ],
      sources: [
        { url: "ftp://clerk.springfield.example/cb25014.txt" },
        { url: "https://clerk.springfield.example/cb25014" },
      ],
    };
    const result = fromOcdScrape("bill", bill, known);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [measure] = result.value.measures;
    expect(measure).toMatchObject({
      bodyId: council,
      identifier: "CB 25-014",
      sponsors: [{ personId: known.people[0]?.id }],
    });
    expect(measure?.sourceIds).toHaveLength(1);
    expect(result.value.actions.map((a) => [a.date, a.actorBodyId, a.classification])).toEqual([
      ["2025-02-03", council, ["introduction"]],
      ["2025-02-10", undefined, ["reading-1"]],
    ]);
    expect(result.value.quarantined.map((q) => [q.path, q.value])).toEqual([
      ["actions.1.date", "2025-02-30"],
      ["actions.2.classification.1", "became-famous"],
      ["sources.0.url", "ftp://clerk.springfield.example/cb25014.txt"],
    ]);
    expect(result.value.scrapeIds).toEqual([bill._id]);
  });

  it("counts an unknown vote option as other and quarantines it; a vote keeps its OCD id as an identifier", () => {
    const vote = {
      _id: "ocd-vote/3c1f0a9e-0000-4000-8000-00000000c0de",
      motion_text: "Adopt CB 25-014",
      start_date: "2025-03-04",
      result: "pass",
      organization: '~{"classification": "legislature"}',
      bill: '~{"identifier": "CB 25-014", "legislative_session": "2025"}',
      votes: [
        { option: "yes", voter_name: "Ada Quimby", voter_id: null },
        { option: "present-ish", voter_name: "Bo Lind", voter_id: null },
      ],
      counts: [
        { option: "yes", value: 1 },
        { option: "present-ish", value: 1 },
      ],
    };
    const result = fromOcdScrape("vote_event", vote, known);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [event] = result.value.voteEvents;
    expect(event).toMatchObject({
      id: vote._id,
      bodyId: council,
      measureId: "ocd-bill:2025:CB-25-014",
      counts: { yes: 1, other: 1 },
      identifiers: [{ scheme: "ocd", identifier: vote._id }],
    });
    expect(result.value.quarantined.map((q) => q.path)).toEqual(["counts.1.option", "votes.1.option"]);
  });

  it("refuses a vote whose organization is nowhere, with the reason, and lists references to look up", () => {
    const vote = {
      motion_text: "Adopt",
      start_date: "2025-03-04",
      organization: "ocd-organization/ffff0000-0000-4000-8000-000000000000",
    };
    expect(ocdScrapeReferences("vote_event", vote)).toEqual([vote.organization]);
    expect(fromOcdScrape("vote_event", vote, known).ok).toBe(false);
    const stored = { ...known, stored: new Set([vote.organization]) };
    expect(fromOcdScrape("vote_event", vote, stored).ok).toBe(true);
  });

  it("reads an event hosted by a pseudo-id organization, its bill on the agenda", () => {
    const event = {
      _id: "ocd-event/2a2a2a2a-0000-4000-8000-000000000001",
      name: "Regular Council Meeting",
      start_date: "2025-03-04T18:00:00-06:00",
      timezone: "America/Chicago",
      status: "passed",
      location: { name: "Council Chambers", note: "", coordinates: null },
      participants: [
        {
          name: "Springfield City Council",
          entity_type: "organization",
          organization_id: '~{"classification": "legislature"}',
          note: "host",
        },
      ],
      agenda: [
        {
          description: "CB 25-014",
          order: "1",
          related_entities: [{ entity_type: "bill", name: "CB 25-014", bill_id: '~{"identifier": "CB 25-014"}' }],
        },
      ],
      documents: [
        {
          note: "Agenda",
          links: [{ url: "ftp://clerk.springfield.example/agenda.pdf", media_type: "application/pdf" }],
        },
      ],
      sources: [{ url: "https://clerk.springfield.example/meetings/2025-03-04" }],
    };
    const result = fromOcdScrape("event", event, known);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.meetings[0]).toMatchObject({
      id: event._id,
      bodyId: council,
      agenda: [{ measureIds: ["ocd-bill:2025:CB-25-014"] }],
    });
    expect(result.value.quarantined.map((q) => q.path)).toEqual(["documents.0.links.0.url"]);
  });
});
