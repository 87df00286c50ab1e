import { describe, expect, it } from "vitest";
import * as seed from "../fixtures/seed-story.test-support.js";
import { checkDatasetReferences, DATASET_FORMAT, type Dataset, parseDataset } from "./dataset.js";

function seedDataset(): Dataset {
  return structuredClone({
    format: DATASET_FORMAT,
    version: 1,
    jurisdictions: [seed.losAngeles],
    sources: seed.sources,
    bodies: seed.bodies,
    posts: seed.posts,
    people: seed.people,
    memberships: seed.memberships,
    measures: seed.measures,
    actions: seed.actions,
    voteEvents: [seed.councilVote],
    statements: seed.statements,
    explainers: [seed.explainerEn],
  });
}

describe("datasets", () => {
  it("reads the seed story fixture as a whole dataset", () => {
    const parsed = parseDataset(JSON.parse(JSON.stringify(seedDataset())));
    expect(parsed.ok).toBe(true);
    expect(parsed.ok && parsed.value.people.map((person) => person.name)).toContain("Karen Bass");
  });

  it("names every broken reference and duplicate id by its place in the file", () => {
    const broken = seedDataset();
    const [firstAction] = broken.actions;
    const [firstPerson] = broken.people;
    const [explainer] = broken.explainers;
    if (!firstAction || !firstPerson || !explainer) throw new Error("the fixture changed");
    firstAction.measureId = "measure-missing";
    broken.people.push({ ...firstPerson });
    broken.voteEvents[0] = { ...seed.councilVote, bodyId: "body-missing", sourceIds: ["src-missing"] };
    broken.statements[0] = { ...seed.bassStatement, speakerPersonId: "person-missing" };
    broken.memberships.push({
      id: "term-x",
      personId: "person-missing",
      postId: "post-missing",
      startDate: null,
      endDate: null,
      sourceIds: [],
    });
    broken.explainers.push({ ...explainer, id: "explainer-es", locale: "es", translationOf: "explainer-missing" });
    const block = explainer.blocks[0];
    if (!block) throw new Error("the fixture changed");
    explainer.blocks.push({ ...block }, { ...block, id: "b-extra", citations: [{ sourceId: "src-missing" }] });

    broken.meetings = [
      {
        id: "meeting-x",
        bodyId: "body-missing",
        name: "A meeting",
        start: "2025-01-14T18:00:00Z",
        timeZone: "America/Los_Angeles",
        status: "scheduled",
        agenda: [
          {
            text: "An item",
            measureIds: ["measure-missing"],
            notes: [],
            actionIds: ["action-missing"],
            voteIds: ["vote-missing"],
          },
        ],
        documents: [],
        media: [],
        sourceIds: ["src-missing"],
      },
    ];

    const paths = checkDatasetReferences(broken).map((problem) => problem.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        `people.${broken.people.length - 1}.id`,
        "actions.0.measureId",
        "voteEvents.0.bodyId",
        "voteEvents.0.sourceIds.0",
        "statements.0.speakerPersonId",
        `memberships.${broken.memberships.length - 1}.personId`,
        `memberships.${broken.memberships.length - 1}.postId`,
        "explainers.1.translationOf",
        `explainers.0.blocks.${explainer.blocks.length - 2}.id`,
        `explainers.0.blocks.${explainer.blocks.length - 1}.citations.0.sourceId`,
        "meetings.0.bodyId",
        "meetings.0.agenda.0.measureIds.0",
        "meetings.0.agenda.0.actionIds.0",
        "meetings.0.agenda.0.voteIds.0",
        "meetings.0.sourceIds.0",
      ]),
    );
    const parsed = parseDataset(broken);
    expect(parsed.ok).toBe(false);
  });

  it("refuses a file that is not a dataset, field by field", () => {
    const parsed = parseDataset({ format: "something-else", version: 2, people: "none" });
    expect(parsed.ok).toBe(false);
    const paths = parsed.ok ? [] : parsed.issues.map((issue) => issue.path);
    expect(paths).toEqual(expect.arrayContaining(["format", "version", "people", "sources"]));
  });
});
