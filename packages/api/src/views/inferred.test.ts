import { readFileSync } from "node:fs";
import { type Dataset, parseDataset } from "@legible/core";
import { describe, expect, it } from "vitest";
import { buildExplainerView, type PublishedExplainerPage } from "./explainer-view";
import { inferredView, speakerInferredView, stageActionInferred } from "./inferred";
import { buildMeasureView, type MeasureRecords } from "./measure-view";
import { buildPersonView, type PersonRecords } from "./person-view";
import { buildVoteView, type VoteRecords } from "./vote-view";

const seedFile = new URL("../../../../prisma/seed/seed-story.json", import.meta.url);
const parsed = parseDataset(JSON.parse(readFileSync(seedFile, "utf8")));
if (!parsed.ok) throw new Error(`The seed story does not parse: ${JSON.stringify(parsed.issues)}`);
const seed: Dataset = parsed.value;

function byId<T extends { id: string }>(list: readonly T[], id: string): T {
  const found = list.find((record) => record.id === id);
  if (!found) throw new Error(`no record ${id}`);
  return found;
}

const MEASURE = "measure-sanctuary-ordinance";
const VOTE = "vote-council-2024-11-19";
const ordinance = byId(seed.measures, MEASURE);
const vote = byId(seed.voteEvents, VOTE);
const council = byId(seed.bodies, "body-la-city-council");
const actions = seed.actions.filter((action) => action.measureId === MEASURE);
const statements = seed.statements.filter((statement) => statement.measureId === MEASURE);

/** The reasoning the seed gives for a field, in a language. */
function reasoning(
  record: { inferred?: Array<{ field: string; reasoning: { en: string; es: string } }> },
  field: string,
) {
  const inference = record.inferred?.find((entry) => entry.field === field);
  if (!inference) throw new Error(`the seed does not mark ${field} as inferred`);
  return inference.reasoning;
}

const voteDay = reasoning(vote, "date");
const notVoting = reasoning(vote, "counts.not voting");

describe("inferred values in the views", () => {
  it("inferredView gives the reasoning in the page's language, and null for reported fields", () => {
    expect(inferredView(vote, "date", "en")).toEqual({ reasoning: voteDay.en });
    expect(inferredView(vote, "date", "es")).toEqual({ reasoning: voteDay.es });
    expect(inferredView(vote, "counts.yes", "en")).toBeNull();
    expect(inferredView({}, "date", "en")).toBeNull();
    const olympics = byId(seed.statements, "statement-rpla-county-olympics");
    expect(speakerInferredView(olympics, "en")).toEqual({ reasoning: reasoning(olympics, "speakerBodyId").en });
    expect(speakerInferredView(byId(seed.statements, "statement-bass"), "en")).toBeNull();
    expect(stageActionInferred("action-council-passage", actions, "es")).toEqual({ reasoning: voteDay.es });
    expect(stageActionInferred(null, actions, "en")).toBeNull();
  });

  it("the vote page marks the worked-out date and the worked-out not-voting count, not the reported ones", () => {
    const records = {
      vote,
      body: council,
      measure: ordinance,
      posts: seed.posts,
      memberships: seed.memberships,
      sources: seed.sources,
    } as unknown as VoteRecords;
    for (const locale of ["en", "es"] as const) {
      const view = buildVoteView(records, locale);
      expect(view.dateInferred).toEqual({ reasoning: voteDay[locale] });
      expect(view.counts.map((count) => [count.option, count.count, count.inferred])).toEqual([
        ["yes", 13, null],
        ["no", 0, null],
        ["not voting", 2, { reasoning: notVoting[locale] }],
      ]);
    }
  });

  it("the measure page marks worked-out action and vote dates, the inferred sponsor and the stage's date", () => {
    const records = {
      measure: ordinance,
      body: council,
      actions,
      votes: [vote],
      meetings: [],
      statements,
      bodies: seed.bodies,
      people: seed.people,
      relatedMeasures: seed.measures.filter((measure) => measure.id !== MEASURE),
      explainers: [],
      sources: seed.sources,
    } as unknown as MeasureRecords;
    const view = buildMeasureView(records, "en");
    const dates = Object.fromEntries(view.timeline.map((entry) => [entry.id, entry.dateInferred?.reasoning ?? null]));
    expect(dates).toEqual({
      "action-motion-introduced": reasoning(byId(seed.actions, "action-motion-introduced"), "date").en,
      "action-mcdonnell-confirmed": reasoning(byId(seed.actions, "action-mcdonnell-confirmed"), "date").en,
      "action-draft-released": reasoning(byId(seed.actions, "action-draft-released"), "date").en,
      "action-council-passage": voteDay.en,
      [VOTE]: voteDay.en,
    });
    expect(view.sponsors).toEqual([
      expect.objectContaining({
        name: "Hugo Soto-Martinez",
        inferred: { reasoning: reasoning(ordinance, "sponsors.0").en },
      }),
    ]);
    expect(view.stage.sinceInferred).toEqual({ reasoning: voteDay.en });
    const speakers = Object.fromEntries(view.statements.map((s) => [s.id, s.speakerInferred !== null]));
    expect(speakers).toMatchObject({
      "statement-bass": false,
      "statement-rpla-county-borders": false,
      "statement-rpla-county-olympics": true,
    });
  });

  it("a person's page marks the worked-out start of a term and leaves unknown dates unmarked", () => {
    const trump = byId(seed.people, "person-donald-trump");
    const records = {
      person: trump,
      memberships: seed.memberships.filter((term) => term.personId === trump.id),
      votes: [],
      totalVotes: 0,
      majority: { withMajority: 0, against: 0, share: null },
      statements: [],
      totalStatements: 0,
      posts: seed.posts,
      bodies: seed.bodies,
      measures: seed.measures,
      sources: seed.sources,
    } as unknown as PersonRecords;
    const view = buildPersonView(records, "es", "2024-11-20");
    const starts = Object.fromEntries(view.roles.map((role) => [role.id, [role.start, role.startInferred]]));
    expect(starts["term-trump-president-elect"]).toEqual([
      expect.stringContaining("2024"),
      { reasoning: reasoning(byId(seed.memberships, "term-trump-president-elect"), "startDate").es },
    ]);
    expect(starts["term-trump-president-second"]?.[1]).toEqual({
      reasoning: reasoning(byId(seed.memberships, "term-trump-president-second"), "startDate").es,
    });
    expect(starts["term-trump-president-first"]).toEqual([null, null]);
  });

  it("the explainer marks the vote card's date and count, the timeline's dates and speakers, and the sponsor", () => {
    const explainer = seed.explainers.find((e) => e.measureId === MEASURE && e.locale === "es");
    if (!explainer) throw new Error("no Spanish explainer");
    const page = {
      explainer,
      translation: null,
      measure: ordinance,
      relatedMeasures: seed.measures.filter((measure) => measure.id !== MEASURE),
      actions,
      voteEvents: [vote],
      bodies: seed.bodies,
      posts: seed.posts,
      people: seed.people,
      memberships: seed.memberships,
      statements,
      sources: seed.sources,
      citedRecordSources: {},
      review: { reviewedAt: "2024-11-20T18:00:00Z", recordsChanged: false },
    } as unknown as PublishedExplainerPage;
    const view = buildExplainerView(page, "es");
    const [card] = view.votes;
    expect(card?.dateInferred).toEqual({ reasoning: voteDay.es });
    expect(card?.counts.find((count) => count.option === "not voting")?.inferred).toEqual({
      reasoning: notVoting.es,
    });
    expect(card?.counts.find((count) => count.option === "yes")?.inferred).toBeNull();
    const passage = view.timeline.find((item) => item.id === "action-council-passage");
    expect(passage?.dateInferred).toEqual({ reasoning: voteDay.es });
    expect(view.measure.sponsors[0]?.inferred).toEqual({ reasoning: reasoning(ordinance, "sponsors.0").es });
    expect(view.stage.sinceInferred).toEqual({ reasoning: voteDay.es });
    const speakers = view.perspectives?.groups.flatMap((group) => group.statements) ?? [];
    expect(speakers.find((s) => s.id === "statement-rpla-county-olympics")?.speakerInferred).toEqual({
      reasoning: reasoning(byId(seed.statements, "statement-rpla-county-olympics"), "speakerBodyId").es,
    });
    expect(speakers.find((s) => s.id === "statement-bass")?.speakerInferred).toBeNull();
  });
});
