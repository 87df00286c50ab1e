import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DatasetSchema } from "./dataset.js";
import {
  fromLegistarBodies,
  fromLegistarEvent,
  fromLegistarMatter,
  fromLegistarOfficeRecords,
  fromLegistarPersons,
  LEGISTAR_VOTE_VALUES,
  type LegistarKnown,
  legistarActionClassification,
  legistarId,
  legistarTally,
  legistarTime,
  mergeLegistarMappings,
} from "./legistar.js";

// Rows as the Legistar Web API returns them for a city council (fields trimmed to what we read,
// plus a few we do not, as the API sends them).
const settings = { client: "chicago", timeZone: "America/Chicago", now: new Date("2025-01-01T00:00:00Z") };

const bodies = [
  {
    BodyId: 138,
    BodyGuid: "B1",
    BodyName: "City Council",
    BodyTypeName: "Primary Legislative Body",
    BodyActiveFlag: 1,
    BodyLastModifiedUtc: "2023-05-01T10:00:00.123",
  },
  {
    BodyId: 140,
    BodyName: "Committee on Finance",
    BodyTypeName: "Standing Committee",
    BodyActiveFlag: 1,
    BodyLastModifiedUtc: "2023-05-01T10:00:00",
  },
  { BodyId: 150, BodyName: "Office of the Mayor", BodyTypeName: "Mayor", BodyActiveFlag: 1 },
];

const persons = [
  {
    PersonId: 7,
    PersonFullName: "Ana Reyes",
    PersonFirstName: "Ana",
    PersonLastName: "Reyes",
    PersonActiveFlag: 1,
    PersonEmail: "ana@example.org",
    PersonWWW: "ftp://example.org/ana",
    PersonLastModifiedUtc: "2024-01-02T03:04:05",
  },
  { PersonId: 8, PersonFullName: "Ben Okafor", PersonFirstName: "Ben", PersonLastName: "Okafor", PersonActiveFlag: 1 },
  { PersonId: 9, PersonFullName: "Cy Lund", PersonFirstName: null, PersonLastName: null, PersonActiveFlag: 0 },
];

const known: LegistarKnown = {
  persons: new Set([7, 8, 9]),
  bodies: new Map([
    [138, "legislature"],
    [140, "committee"],
    [150, "organization"],
  ]),
  matters: new Set([501]),
};

const matter = {
  MatterId: 501,
  MatterGuid: "6C1F",
  MatterFile: "O2024-0001",
  MatterName: "Welcoming City Ordinance amendment",
  MatterTitle: "Amendment of Municipal Code Chapter 2-173 regarding Welcoming City Ordinance",
  MatterTypeName: "Ordinance",
  MatterStatusName: "Passed",
  MatterBodyId: 138,
  MatterIntroDate: "2024-10-02T00:00:00",
  MatterPassedDate: "2024-11-13T00:00:00",
  MatterEnactmentDate: null,
  MatterLastModifiedUtc: "2024-11-14T16:02:11.9",
};

const sponsors = [
  { MatterSponsorNameId: 8, MatterSponsorName: "Okafor, Ben", MatterSponsorSequence: 1 },
  { MatterSponsorNameId: 7, MatterSponsorName: "Reyes, Ana", MatterSponsorSequence: 0 },
  { MatterSponsorNameId: 999, MatterSponsorName: "Former Member", MatterSponsorSequence: 2 },
];

const attachments = [
  {
    MatterAttachmentId: 9001,
    MatterAttachmentName: "O2024-0001.pdf",
    MatterAttachmentHyperlink: "https://chicago.legistar1.com/chicago/attachments/o2024-0001.pdf",
  },
  {
    MatterAttachmentId: 9002,
    MatterAttachmentName: "Old scan",
    MatterAttachmentHyperlink: "ftp://files.example.org/x",
  },
  { MatterAttachmentName: "Fiscal note", MatterAttachmentHyperlink: "https://example.org/fiscal-note.pdf" },
];

const history = (id: number, date: string | null, name: string | null, extra: Record<string, unknown> = {}) => ({
  MatterHistoryId: id,
  MatterHistoryActionDate: date,
  MatterHistoryActionName: name,
  MatterHistoryActionText: null,
  MatterHistoryActionBodyId: 138,
  MatterHistoryPassedFlag: null,
  MatterHistoryPassedFlagName: null,
  MatterHistoryMoverId: null,
  MatterHistoryMoverName: null,
  MatterHistoryTally: null,
  MatterHistoryRollCallFlag: 0,
  MatterHistoryEventId: null,
  MatterHistoryLastModifiedUtc: "2024-11-14T16:02:11",
  ...extra,
});

const histories = [
  history(601, "2024-10-02T00:00:00", "Referred", {}),
  history(600, "2024-10-02T00:00:00", "Introduced", {}),
  history(602, "2024-11-06T00:00:00", "Recommended to Pass", {
    MatterHistoryActionBodyId: 140,
    MatterHistoryPassedFlag: 1,
    MatterHistoryPassedFlagName: "Pass",
    MatterHistoryTally: "9:2",
  }),
  history(603, "2024-11-13T00:00:00", "Passed", {
    MatterHistoryActionText: "as amended",
    MatterHistoryPassedFlag: 1,
    MatterHistoryTally: "3:0",
    MatterHistoryRollCallFlag: 1,
    MatterHistoryEventId: 700,
  }),
  history(604, "2024-11-15T00:00:00", "Signed by Mayor", { MatterHistoryActionBodyId: 150 }),
  history(605, "2024-02-30T00:00:00", "Published", {}),
  history(606, "2024-11-20T00:00:00", "Placed on File", {}),
  history(607, "2024-11-21T00:00:00", "Adopted", { MatterHistoryActionBodyId: 4242, MatterHistoryTally: "ten to two" }),
];

const vote = (id: number, personId: number | null, name: string, value: string) => ({
  VoteId: id,
  VotePersonId: personId,
  VotePersonName: name,
  VoteValueName: value,
  VoteLastModifiedUtc: "2024-11-14T16:02:11",
});

const votes = new Map([
  [603, [vote(1, 7, "Ana Reyes", "Yea"), vote(2, 8, "Ben Okafor", "Aye"), vote(3, 9, "Cy Lund", "Affirmative")]],
]);

/** The Legistar id and provenance a mapped record carries. */
function fromLegistar(legistarKey: number, path: string, apiBase = "https://webapi.legistar.com/v1") {
  return {
    identifiers: [{ scheme: "legistar", scope: "chicago", identifier: String(legistarKey) }],
    provenance: {
      connector: "legistar",
      upstreamUrl: `${apiBase}/chicago/${path}`,
      fetchedAt: settings.now.toISOString(),
    },
  };
}

describe("Legistar ids", () => {
  it("are built from the client, the kind and Legistar's id", () => {
    expect(legistarId("chicago", "person", 123)).toBe("legistar:chicago:person:123");
    expect(() => legistarId("chi cago", "person", 1)).toThrow(/client name/);
  });
});

describe("Legistar bodies and people", () => {
  it("maps bodies by their type: the primary legislative body, committees, the rest", () => {
    const { records, quarantined } = fromLegistarBodies(bodies, settings);
    expect(records.bodies.map((b) => [b.id, b.name, b.classification, b.sourceIds])).toEqual([
      ["legistar:chicago:body:138", "City Council", "legislature", ["legistar:chicago:source:body:138"]],
      ["legistar:chicago:body:140", "Committee on Finance", "committee", ["legistar:chicago:source:body:140"]],
      ["legistar:chicago:body:150", "Office of the Mayor", "organization", ["legistar:chicago:source:body:150"]],
    ]);
    expect(records.bodies[0]).toMatchObject(fromLegistar(138, "bodies/138"));
    expect(records.sources[0]).toEqual({
      id: "legistar:chicago:source:body:138",
      kind: "official-record",
      title: "City Council",
      publisher: "Legistar (chicago)",
      date: null,
      url: "https://webapi.legistar.com/v1/chicago/bodies/138",
    });
    expect(quarantined).toEqual([]);
  });

  it("maps people with their names; one without a name, or not a row, is quarantined whole", () => {
    const { records, quarantined } = fromLegistarPersons(
      [...persons, { PersonId: 10, PersonFullName: " " }, { PersonFullName: "No Id" }],
      { ...settings, apiBase: "http://127.0.0.1:9/v1/", publisher: "Chicago City Clerk" },
    );
    expect(records.people).toEqual([
      {
        id: "legistar:chicago:person:7",
        name: "Ana Reyes",
        givenName: "Ana",
        familyName: "Reyes",
        sourceIds: ["legistar:chicago:source:person:7"],
        ...fromLegistar(7, "persons/7", "http://127.0.0.1:9/v1"),
      },
      {
        id: "legistar:chicago:person:8",
        name: "Ben Okafor",
        givenName: "Ben",
        familyName: "Okafor",
        sourceIds: ["legistar:chicago:source:person:8"],
        ...fromLegistar(8, "persons/8", "http://127.0.0.1:9/v1"),
      },
      {
        id: "legistar:chicago:person:9",
        name: "Cy Lund",
        sourceIds: ["legistar:chicago:source:person:9"],
        ...fromLegistar(9, "persons/9", "http://127.0.0.1:9/v1"),
      },
    ]);
    expect(records.sources[0]).toMatchObject({
      publisher: "Chicago City Clerk",
      url: "http://127.0.0.1:9/v1/chicago/persons/7",
    });
    expect(quarantined.map((q) => [q.place, q.reason])).toEqual([
      ["persons/10.PersonFullName", "a person needs a name; the person is left out"],
      ["persons/?", "is not a Legistar row of this kind: PersonId must be a Legistar id (a number)"],
    ]);
  });
});

describe("Legistar office records", () => {
  it("maps terms with day dates, an open end as current, and quarantines what cannot be stored", () => {
    const rows = [
      {
        OfficeRecordId: 1,
        OfficeRecordPersonId: 7,
        OfficeRecordBodyId: 138,
        OfficeRecordTitle: "Alderperson",
        OfficeRecordStartDate: "2023-05-15T00:00:00",
        OfficeRecordEndDate: null,
        OfficeRecordMemberType: "Voting Member",
      },
      {
        OfficeRecordId: 2,
        OfficeRecordPersonId: 8,
        OfficeRecordBodyId: 140,
        OfficeRecordTitle: null,
        OfficeRecordStartDate: "2019-05-20T00:00:00",
        OfficeRecordEndDate: "2023-05-14T00:00:00",
        OfficeRecordMemberType: "Chair",
      },
      {
        OfficeRecordId: 3,
        OfficeRecordPersonId: 9,
        OfficeRecordBodyId: 138,
        OfficeRecordStartDate: "2023-05-15T00:00:00",
        OfficeRecordEndDate: "2019-01-01T00:00:00",
      },
      {
        OfficeRecordId: 4,
        OfficeRecordPersonId: 9,
        OfficeRecordBodyId: 140,
        OfficeRecordStartDate: "2023-13-01T00:00:00",
        OfficeRecordEndDate: "2027-05-01T00:00:00",
      },
      { OfficeRecordId: 5, OfficeRecordPersonId: 77, OfficeRecordBodyId: 138 },
    ];
    const { records, quarantined } = fromLegistarOfficeRecords(rows, settings, known);
    expect(
      records.memberships.map((t) => [t.id, t.personId, t.bodyId, t.role, t.startDate, t.endDate, t.current]),
    ).toEqual([
      [
        "legistar:chicago:office-record:1",
        "legistar:chicago:person:7",
        "legistar:chicago:body:138",
        "Alderperson",
        "2023-05-15",
        null,
        true,
      ],
      [
        "legistar:chicago:office-record:2",
        "legistar:chicago:person:8",
        "legistar:chicago:body:140",
        "Chair",
        "2019-05-20",
        "2023-05-14",
        undefined,
      ],
      [
        "legistar:chicago:office-record:3",
        "legistar:chicago:person:9",
        "legistar:chicago:body:138",
        undefined,
        null,
        null,
        undefined,
      ],
      [
        "legistar:chicago:office-record:4",
        "legistar:chicago:person:9",
        "legistar:chicago:body:140",
        undefined,
        null,
        "2027-05-01",
        undefined,
      ],
    ]);
    expect(quarantined.map((q) => [q.place, q.value])).toEqual([
      ["officerecords/3.OfficeRecordEndDate", "2019-01-01"],
      ["officerecords/4.OfficeRecordStartDate", "2023-13-01T00:00:00"],
      ["officerecords/5.OfficeRecordPersonId", "77"],
      ["officerecords/5", ""],
    ]);
  });
});

describe("Legistar matters", () => {
  const mapped = () => fromLegistarMatter({ matter, sponsors, attachments, histories, votes }, settings, known);

  it("maps the matter to a measure with its file number, kind, sponsors in order and sources", () => {
    const { records } = mapped();
    expect(records.measures).toEqual([
      {
        id: "legistar:chicago:matter:501",
        bodyId: "legistar:chicago:body:138",
        identifier: "O2024-0001",
        title: matter.MatterTitle,
        classification: "ordinance",
        subjects: [],
        sponsors: [
          { name: "Reyes, Ana", personId: "legistar:chicago:person:7", primary: true },
          { name: "Okafor, Ben", personId: "legistar:chicago:person:8", primary: false },
          { name: "Former Member", primary: false },
        ],
        textSections: [],
        relatedMeasures: [],
        sourceIds: [
          "legistar:chicago:source:matter:501",
          "legistar:chicago:source:attachment:9001",
          expect.stringMatching(/^legistar:chicago:source:attachment:501-[a-z0-9]+$/),
        ],
        ...fromLegistar(501, "matters/501"),
      },
    ]);
    expect(records.sources.map((s) => [s.title, s.url])).toEqual([
      [`File O2024-0001: ${matter.MatterTitle}`, "https://webapi.legistar.com/v1/chicago/matters/501"],
      ["O2024-0001.pdf", attachments[0]?.MatterAttachmentHyperlink],
      ["Fiscal note", "https://example.org/fiscal-note.pdf"],
    ]);
  });

  it("maps each history to a step, classified by the table and by who acted, in order on each day", () => {
    const { records } = mapped();
    expect(records.actions.map((a) => [a.id, a.date, a.description, a.classification, a.actorBodyId, a.order])).toEqual(
      [
        ["legistar:chicago:history:600", "2024-10-02", "Introduced", ["introduction"], "legistar:chicago:body:138", 0],
        [
          "legistar:chicago:history:601",
          "2024-10-02",
          "Referred",
          ["referral-committee"],
          "legistar:chicago:body:138",
          1,
        ],
        [
          "legistar:chicago:history:602",
          "2024-11-06",
          "Recommended to Pass",
          ["committee-passage-favorable"],
          "legistar:chicago:body:140",
          0,
        ],
        ["legistar:chicago:history:603", "2024-11-13", "Passed", ["passage"], "legistar:chicago:body:138", 0],
        [
          "legistar:chicago:history:604",
          "2024-11-15",
          "Signed by Mayor",
          ["executive-signature"],
          "legistar:chicago:body:150",
          0,
        ],
        // Not in the table: no classification, never a guess.
        ["legistar:chicago:history:606", "2024-11-20", "Placed on File", [], "legistar:chicago:body:138", 0],
        // The acting body is not on record, so whether "Adopted" was a committee's is unknown.
        ["legistar:chicago:history:607", "2024-11-21", "Adopted", [], undefined, 0],
      ],
    );
  });

  it("maps votes: counts from a whole roll call, else from the tally; the result from the passed flag", () => {
    const { records } = mapped();
    expect(records.voteEvents).toEqual([
      {
        id: "legistar:chicago:vote:602",
        bodyId: "legistar:chicago:body:140",
        measureId: "legistar:chicago:matter:501",
        actionId: "legistar:chicago:history:602",
        date: "2024-11-06",
        motionText: "Recommended to Pass",
        motionClassification: ["committee-passage"],
        result: "pass",
        counts: { yes: 9, no: 2 },
        rollCall: null,
        sourceIds: ["legistar:chicago:source:matter:501"],
        ...fromLegistar(602, "matters/501/histories/602"),
      },
      {
        id: "legistar:chicago:vote:603",
        bodyId: "legistar:chicago:body:138",
        measureId: "legistar:chicago:matter:501",
        actionId: "legistar:chicago:history:603",
        date: "2024-11-13",
        motionText: "Passed: as amended",
        motionClassification: ["passage"],
        result: "pass",
        counts: { yes: 3 },
        rollCall: [
          { voterName: "Ana Reyes", personId: "legistar:chicago:person:7", option: "yes" },
          { voterName: "Ben Okafor", personId: "legistar:chicago:person:8", option: "yes" },
          { voterName: "Cy Lund", personId: "legistar:chicago:person:9", option: "yes" },
        ],
        sourceIds: ["legistar:chicago:source:matter:501"],
        ...fromLegistar(603, "matters/501/histories/603"),
      },
      {
        // Voted by a body not on record: the matter's body voted, by Legistar's record of it.
        id: "legistar:chicago:vote:607",
        bodyId: "legistar:chicago:body:138",
        measureId: "legistar:chicago:matter:501",
        actionId: "legistar:chicago:history:607",
        date: "2024-11-21",
        motionText: "Adopted",
        result: null,
        counts: {},
        rollCall: null,
        sourceIds: ["legistar:chicago:source:matter:501"],
        ...fromLegistar(607, "matters/501/histories/607"),
      },
    ]);
  });

  it("quarantines each bad value with its place and reason, and keeps the rest", () => {
    const { quarantined } = mapped();
    expect(quarantined.map((q) => [q.place, q.value])).toEqual([
      ["matters/501.attachments.1.MatterAttachmentHyperlink", "ftp://files.example.org/x"],
      ["matters/501.sponsors.2.MatterSponsorNameId", "999"],
      ["matters/501.histories.5.MatterHistoryActionDate", "2024-02-30T00:00:00"],
      ["matters/501.histories.5", ""],
      ["matters/501.histories.7.MatterHistoryActionBodyId", "4242"],
      ["matters/501.histories.7.MatterHistoryTally", "ten to two"],
    ]);
    expect(quarantined[0]?.reason).toBe("must be a web address starting with http:// or https://");
    expect(quarantined[2]?.reason).toMatch(/is not a date/);
  });

  it("quarantines an unknown vote value, leaves that member out, and takes counts from the tally", () => {
    const odd = new Map([
      [603, [vote(1, 7, "Ana Reyes", "Yea"), vote(2, 8, "Ben Okafor", "Maybe"), vote(3, 9, "Cy Lund", "Nay")]],
    ]);
    const { records, quarantined } = fromLegistarMatter({ matter, histories, votes: odd }, settings, known);
    const passed = records.voteEvents.find((v) => v.id === "legistar:chicago:vote:603");
    expect(passed?.rollCall?.map((e) => [e.voterName, e.option])).toEqual([
      ["Ana Reyes", "yes"],
      ["Cy Lund", "no"],
    ]);
    expect(passed?.counts).toEqual({ yes: 3, no: 0 });
    expect(quarantined).toContainEqual({
      place: "eventitems/603/votes.1.VoteValueName",
      value: "Maybe",
      reason: expect.stringContaining("is not a vote value Legible knows"),
    });
  });

  it("reads every documented vote value and no other", () => {
    const options = Object.entries(LEGISTAR_VOTE_VALUES).map(([value, option]) => {
      const { records } = fromLegistarMatter(
        {
          matter,
          histories: [history(603, "2024-11-13T00:00:00", "Passed")],
          votes: new Map([[603, [vote(1, 7, "A", value.toUpperCase())]]]),
        },
        settings,
        known,
      );
      return [value, records.voteEvents[0]?.rollCall?.[0]?.option === option];
    });
    expect(options.every(([, same]) => same)).toBe(true);
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), (value) => {
        fc.pre(!(value.trim().toLowerCase().replace(/\s+/g, " ").replace(/\.$/, "") in LEGISTAR_VOTE_VALUES));
        const { records, quarantined } = fromLegistarMatter(
          {
            matter,
            histories: [history(603, "2024-11-13T00:00:00", "Passed")],
            votes: new Map([[603, [vote(1, 7, "A", value)]]]),
          },
          settings,
          known,
        );
        return records.voteEvents[0]?.rollCall === null && quarantined.some((q) => q.place.endsWith("VoteValueName"));
      }),
    );
  });

  it("gives the same records for the same rows, whatever their order (ids do not depend on it)", () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(histories, { minLength: histories.length }), (shuffled) => {
        const a = fromLegistarMatter({ matter, sponsors, attachments, histories, votes }, settings, known);
        const b = fromLegistarMatter({ matter, sponsors, attachments, histories: shuffled, votes }, settings, known);
        const byId = <T extends { id: string }>(list: T[]) => [...list].sort((x, y) => x.id.localeCompare(y.id));
        expect(byId(b.records.actions)).toEqual(byId(a.records.actions));
        expect(byId(b.records.voteEvents)).toEqual(byId(a.records.voteEvents));
      }),
      { numRuns: 25 },
    );
  });

  it("makes a dataset core accepts", () => {
    const all = mergeLegistarMappings(fromLegistarBodies(bodies, settings), fromLegistarPersons(persons, settings));
    mergeLegistarMappings(all, mapped());
    mergeLegistarMappings(all, mapped());
    const parsed = DatasetSchema.safeParse({
      format: "legible-dataset",
      version: 1,
      jurisdictions: [],
      posts: [],
      statements: [],
      explainers: [],
      ...all.records,
    });
    expect(parsed.success).toBe(true);
    expect(all.records.measures).toHaveLength(1);
  });

  it("falls back to the name for a title too long, and quarantines a matter without either", () => {
    const long = { ...matter, MatterTitle: "x ".repeat(800) };
    const { records } = fromLegistarMatter({ matter: long }, settings, known);
    expect(records.measures[0]?.title).toBe(matter.MatterName);
    expect(records.measures[0]?.abstract).toBe(long.MatterTitle.trim());
    const none = fromLegistarMatter(
      { matter: { MatterId: 2, MatterTitle: null, MatterName: "", MatterFile: null } },
      settings,
      known,
    );
    expect(none.records.measures).toEqual([]);
    expect(none.quarantined[0]?.place).toBe("matters/2.MatterTitle");
    expect(fromLegistarMatter({ matter: { MatterFile: "x" } }, settings).quarantined[0]?.place).toBe("matters/?");
  });
});

describe("Legistar vocabularies", () => {
  it("classifies passage by who acted, and leaves unknown names and unknown actors out", () => {
    expect(legistarActionClassification("Passed", "committee")).toEqual(["committee-passage"]);
    expect(legistarActionClassification("failed.", "committee")).toEqual(["committee-failure"]);
    expect(legistarActionClassification("  FAILED ", "legislature")).toEqual(["failure"]);
    expect(legistarActionClassification("Adopted")).toEqual([]);
    expect(legistarActionClassification("Introduced and Referred")).toEqual(["introduction", "referral-committee"]);
    expect(legistarActionClassification("Vetoed by the Mayor")).toEqual(["executive-veto"]);
    expect(legistarActionClassification("Veto Overridden")).toEqual(["veto-override-passage"]);
    expect(legistarActionClassification("Something new")).toEqual([]);
    expect(legistarActionClassification(null)).toEqual([]);
  });

  it("reads tallies as yes and no only", () => {
    fc.assert(
      fc.property(fc.nat(200), fc.nat(200), (yes, no) => {
        expect(legistarTally(`${yes}:${no}`)).toEqual({ yes, no });
        expect(legistarTally(` ${yes} - ${no} `)).toEqual({ yes, no });
      }),
    );
    expect(legistarTally("9:2:1")).toBeUndefined();
  });

  it("reads 12-hour times", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 59 }), fc.boolean(), (h, m, pm) => {
        const got = legistarTime(`${h}:${String(m).padStart(2, "0")} ${pm ? "PM" : "AM"}`);
        const hour = (h % 12) + (pm ? 12 : 0);
        expect(got).toBe(`${String(hour).padStart(2, "0")}:${String(m).padStart(2, "0")}`);
      }),
    );
    expect(legistarTime("13:00 PM")).toBeUndefined();
    expect(legistarTime("6:30 p.m.")).toBe("18:30");
    expect(legistarTime("noon")).toBeUndefined();
  });
});

describe("Legistar events", () => {
  const event = {
    EventId: 700,
    EventBodyId: 138,
    EventBodyName: "City Council",
    EventDate: "2024-11-13T00:00:00",
    EventTime: "10:00 AM",
    EventLocation: "Council Chambers, City Hall",
    EventAgendaStatusName: "Final",
    EventMinutesStatusName: "Final",
    EventAgendaFile: "https://chicago.legistar1.com/chicago/meetings/agenda.pdf",
    EventMinutesFile: "ftp://example.org/minutes.pdf",
    EventInSiteURL: "https://chicago.legistar.com/MeetingDetail.aspx?ID=700",
    EventVideoPath: "https://video.example.org/700",
    EventComment: null,
    EventLastModifiedUtc: "2024-11-14T00:00:00",
  };
  const items = [
    {
      EventItemId: 603,
      EventItemAgendaSequence: 2,
      EventItemAgendaNumber: "2",
      EventItemTitle: "O2024-0001",
      EventItemMatterId: 501,
      EventItemAgendaNote: "As amended",
    },
    {
      EventItemId: 610,
      EventItemAgendaSequence: 1,
      EventItemAgendaNumber: "1",
      EventItemTitle: "Roll call",
      EventItemMatterId: null,
    },
    { EventItemId: 611, EventItemAgendaSequence: 3, EventItemTitle: null, EventItemActionText: null },
  ];

  it("maps an event to a meeting in the client's zone, its agenda in sequence order, documents and video", () => {
    const { records, quarantined } = fromLegistarEvent({ event, items }, settings, {
      ...known,
      actions: new Set([603]),
      votes: new Set([603]),
    });
    expect(records.meetings).toEqual([
      {
        id: "legistar:chicago:event:700",
        bodyId: "legistar:chicago:body:138",
        name: "City Council",
        start: "2024-11-13T10:00:00-06:00",
        timeZone: "America/Chicago",
        status: "held",
        location: { name: "Council Chambers, City Hall" },
        agenda: [
          { number: "1", text: "Roll call", measureIds: [], notes: [], actionIds: [], voteIds: [] },
          {
            number: "2",
            text: "O2024-0001",
            measureIds: ["legistar:chicago:matter:501"],
            notes: ["As amended"],
            actionIds: ["legistar:chicago:history:603"],
            voteIds: ["legistar:chicago:vote:603"],
          },
        ],
        documents: [{ kind: "agenda", title: "Agenda", url: event.EventAgendaFile }],
        media: [{ kind: "video", title: "Video", url: event.EventVideoPath }],
        sourceIds: ["legistar:chicago:source:event:700"],
        ...fromLegistar(700, "events/700"),
      },
    ]);
    expect(records.sources[0]?.url).toBe(event.EventInSiteURL);
    expect(quarantined.map((q) => q.place)).toEqual(["events/700.EventMinutesFile"]);
  });

  it("says cancelled or postponed when Legistar does, scheduled ahead, and needs a time", () => {
    const status = (extra: Record<string, unknown>) =>
      fromLegistarEvent({ event: { ...event, EventMinutesStatusName: null, ...extra } }, settings, known).records
        .meetings[0]?.status;
    expect(status({ EventAgendaStatusName: "Cancelled" })).toBe("cancelled");
    expect(status({ EventComment: "This meeting has been postponed" })).toBe("postponed");
    expect(status({ EventDate: "2025-03-04T00:00:00" })).toBe("scheduled");
    expect(status({})).toBe("held");
    const untimed = fromLegistarEvent({ event: { ...event, EventTime: "TBD" } }, settings, known);
    expect(untimed.records.meetings).toEqual([]);
    expect(untimed.quarantined.map((q) => q.place)).toEqual(["events/700.EventTime", "events/700"]);
  });
});
