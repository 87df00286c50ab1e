import { describe, expect, it } from "vitest";
import { cityCouncil } from "./fixtures/seed-story.test-support.js";
import { nextSteps } from "./next-steps.js";
import { readability } from "./readability.js";
import type { VotingRules } from "./rules.js";
import type { Action, ActionClassification } from "./schemas/action.js";
import type { Body } from "./schemas/body.js";
import type { VoteCounts, VoteEvent } from "./schemas/vote-event.js";
import { measureStage, type Stage, type StageInput } from "./stage.js";

// Whole stories, from the first vote to the law taking effect, with the stage and the next
// steps each one should end with.

const cite = (locator: string) => ({ sourceId: "src-charter", locator });

/** A 7-seat council whose rules hold every step, so each story can reach its end. */
const rules: VotingRules = {
  seats: { value: 7, citation: cite("Sec. 1") },
  quorum: { value: { fraction: "majority", of: "seats" }, citation: cite("Sec. 2") },
  passage: { ordinance: { value: { fraction: "majority", of: "seats" }, citation: cite("Sec. 3") } },
  motions: { urgency: { value: { fraction: "three-quarters", of: "seats" }, citation: cite("Sec. 4") } },
  readings: { value: { appliesTo: ["ordinance"], count: 2, unanimousFirstSuffices: true }, citation: cite("Sec. 5") },
  executive: {
    title: { en: "the Mayor", es: "la Alcaldía" },
    appliesTo: ["ordinance"],
    daysToAct: { value: 10, citation: cite("Sec. 6") },
    ifNoAction: { value: "becomes-law", citation: cite("Sec. 7") },
    override: { value: { fraction: "two-thirds", of: "seats" }, citation: cite("Sec. 8") },
  },
  effect: { value: { from: "publication", days: 31 }, citation: cite("Sec. 9") },
  urgentEffect: { value: { from: "publication", days: 0 }, citation: cite("Sec. 10") },
};
const council: Body = {
  id: "council",
  name: "Seven-seat council",
  classification: "legislature",
  phrase: { en: "the Council", es: "el Concejo" },
  rules,
  sourceIds: [],
};

let serial = 0;
function act(date: string, ...classification: ActionClassification[]): Action {
  serial += 1;
  return {
    id: `a${serial}`,
    measureId: "m",
    date,
    description: classification.join(" "),
    classification,
    sourceIds: [],
  };
}
function vote(date: string, motion: string[], counts: VoteCounts, result: "pass" | "fail" | null = null): VoteEvent {
  serial += 1;
  return {
    id: `v${serial}`,
    bodyId: "council",
    measureId: "m",
    date,
    motionText: motion.join(" "),
    motionClassification: motion,
    result,
    counts,
    rollCall: null,
    sourceIds: [],
  };
}

interface Story {
  name: string;
  actions: Action[];
  votes: VoteEvent[];
  asOf?: string;
  body?: Body;
  stage: Stage;
  since?: string | null;
  workedOut?: boolean;
  steps: string[];
}

const stories: Story[] = [
  {
    name: "veto, then an override that passed",
    actions: [
      act("2025-03-04", "passage"),
      act("2025-03-10", "executive-veto"),
      act("2025-03-18", "veto-override-passage"),
    ],
    votes: [
      vote("2025-03-04", ["passage"], { yes: 5, no: 2 }),
      vote("2025-03-18", ["veto-override"], { yes: 5, no: 2 }),
    ],
    stage: "enacted",
    steps: [
      "No more votes are needed.",
      "It takes effect 31 days after it is published.",
      "Its publication is not on record yet.",
    ],
  },
  {
    name: "veto, then an override that failed",
    actions: [
      act("2025-03-04", "passage"),
      act("2025-03-10", "executive-veto"),
      act("2025-03-18", "veto-override-failure"),
    ],
    votes: [
      vote("2025-03-04", ["passage"], { yes: 4, no: 3 }),
      vote("2025-03-18", ["veto-override"], { yes: 4, no: 3 }),
    ],
    stage: "failed",
    steps: ["No more steps are planned."],
  },
  {
    name: "vetoed, override not yet tried",
    actions: [act("2025-03-04", "passage"), act("2025-03-10", "executive-veto")],
    votes: [vote("2025-03-04", ["passage"], { yes: 7, no: 0 })],
    stage: "vetoed",
    steps: ["The Council can override the veto with 5 of 7 votes."],
  },
  {
    name: "not unanimous at the first reading",
    actions: [act("2025-04-01", "passage")],
    votes: [vote("2025-04-01", ["passage"], { yes: 4, no: 3 })],
    stage: "awaiting-vote",
    workedOut: true,
    steps: [
      "It has passed 1 of the 2 votes the rules require.",
      "It did not pass unanimously the first time, so the Council must vote on it again on another day.",
      "It needs 4 of 7 votes to pass.",
    ],
  },
  {
    name: "not unanimous at the first reading, then passed at the second",
    actions: [act("2025-04-01", "passage"), act("2025-04-08", "passage"), act("2025-04-09", "executive-receipt")],
    votes: [vote("2025-04-01", ["passage"], { yes: 4, no: 3 }), vote("2025-04-08", ["reading-2"], { yes: 4, no: 3 })],
    asOf: "2025-04-10",
    stage: "awaiting-executive",
    steps: [
      "Awaits the Mayor's signature.",
      "The Mayor has 10 days from delivery to sign it or veto it.",
      "It arrived on April 9, 2025, so the last day is April 19, 2025.",
      "If the Mayor does nothing in time, it becomes law.",
      "If the Mayor vetoes it, the Council can still pass it with 5 of 7 votes.",
    ],
  },
  {
    name: "unanimous at the first reading: one vote is enough",
    actions: [act("2025-04-01", "passage")],
    votes: [vote("2025-04-01", ["passage"], { yes: 7, no: 0 })],
    stage: "awaiting-executive",
    steps: [
      "Awaits the Mayor's signature.",
      "The Mayor has 10 days from delivery to sign it or veto it.",
      "The day it arrived is not on record, so we cannot say when time runs out.",
      "If the Mayor does nothing in time, it becomes law.",
      "If the Mayor vetoes it, the Council can still pass it with 5 of 7 votes.",
    ],
  },
  {
    name: "the Mayor does nothing past the deadline",
    actions: [act("2025-05-06", "passage"), act("2025-05-07", "executive-receipt")],
    votes: [vote("2025-05-06", ["passage"], { yes: 7, no: 0 })],
    asOf: "2025-05-20",
    stage: "enacted",
    since: "2025-05-17",
    workedOut: true,
    steps: [
      "No signature or veto by the Mayor is on record by May 17, 2025. By the rules, it became law without a signature.",
      "No more votes are needed.",
      "It takes effect 31 days after it is published.",
      "Its publication is not on record yet.",
    ],
  },
  {
    name: "the Mayor's deadline has not passed yet",
    actions: [act("2025-05-06", "passage"), act("2025-05-07", "executive-receipt")],
    votes: [vote("2025-05-06", ["passage"], { yes: 7, no: 0 })],
    asOf: "2025-05-17",
    stage: "awaiting-executive",
    steps: [
      "Awaits the Mayor's signature.",
      "The Mayor has 10 days from delivery to sign it or veto it.",
      "It arrived on May 7, 2025, so the last day is May 17, 2025.",
      "If the Mayor does nothing in time, it becomes law.",
      "If the Mayor vetoes it, the Council can still pass it with 5 of 7 votes.",
    ],
  },
  {
    name: "signed, published, waiting for its effective date",
    actions: [act("2025-06-03", "passage"), act("2025-06-10", "executive-signature"), act("2025-06-12", "publication")],
    votes: [vote("2025-06-03", ["passage"], { yes: 7, no: 0 })],
    asOf: "2025-07-12",
    stage: "enacted",
    steps: [
      "No more votes are needed.",
      "It takes effect 31 days after it is published.",
      "It was published on June 12, 2025, so it takes effect on July 13, 2025.",
    ],
  },
  {
    name: "effective date reached, 31 days after publication",
    actions: [act("2025-06-03", "passage"), act("2025-06-10", "executive-signature"), act("2025-06-12", "publication")],
    votes: [vote("2025-06-03", ["passage"], { yes: 7, no: 0 })],
    asOf: "2025-07-13",
    stage: "in-effect",
    since: "2025-07-13",
    workedOut: true,
    steps: ["By the rules, it took effect on July 13, 2025."],
  },
  {
    name: "an urgency ordinance takes effect on publication",
    actions: [act("2025-06-03", "passage"), act("2025-06-04", "executive-signature"), act("2025-06-05", "publication")],
    votes: [vote("2025-06-03", ["passage", "urgency"], { yes: 6, no: 1 })],
    asOf: "2025-06-05",
    stage: "in-effect",
    since: "2025-06-05",
    workedOut: true,
    steps: ["By the rules, it took effect on June 5, 2025."],
  },
  {
    name: "an urgency clause short of three-quarters does not make it urgent",
    actions: [act("2025-06-03", "passage"), act("2025-06-04", "executive-signature"), act("2025-06-05", "publication")],
    votes: [vote("2025-06-03", ["passage", "urgency"], { yes: 5, no: 2 }, "pass")],
    asOf: "2025-06-05",
    stage: "enacted",
    steps: [
      "No more votes are needed.",
      "It takes effect 31 days after it is published.",
      "It was published on June 5, 2025, so it takes effect on July 6, 2025.",
    ],
  },
];

describe("a measure's process, story by story", () => {
  it.each(stories.map((story) => [story.name, story] as const))("%s", (_name, story) => {
    const input: StageInput = {
      measure: { classification: "ordinance" },
      actions: story.actions,
      votes: story.votes,
      body: story.body ?? council,
      asOf: story.asOf,
    };
    const stage = measureStage(input);
    expect(stage.stage).toBe(story.stage);
    if (story.since !== undefined) expect(stage.since).toBe(story.since);
    expect(stage.workedOut !== null).toBe(story.workedOut ?? false);
    const steps = nextSteps(input);
    expect(steps.map((step) => step.en)).toEqual(story.steps);
    // Every sentence has its Spanish, both read at grade 8 or below, and a sentence that names
    // a number of days or votes cites the rule it comes from.
    for (const step of steps) {
      expect(step.es.length).toBeGreaterThan(0);
      if (/\d+ (of \d+ votes|days)/.test(step.en)) expect(step.citations.length, step.en).toBeGreaterThan(0);
    }
    expect(readability(steps.map((s) => s.en).join(" "), "en").grade).toBeLessThanOrEqual(8);
    expect(readability(steps.map((s) => s.es).join(" "), "es").grade).toBeLessThanOrEqual(8);
  });

  it("cites the rules behind a worked-out stage", () => {
    const stage = measureStage({
      measure: { classification: "ordinance" },
      actions: [act("2025-05-06", "passage"), act("2025-05-07", "executive-receipt")],
      votes: [],
      body: council,
      asOf: "2025-05-20",
    });
    expect(stage.workedOut?.citations).toEqual([cite("Sec. 6"), cite("Sec. 7")]);
    expect(stage.workedOut?.reason.es).toBe(
      "No consta firma ni veto de la Alcaldía hasta el 17 de mayo de 2025. Según las reglas, se hizo ley sin firma.",
    );
  });

  it("does not judge by the calendar without a date for today", () => {
    const stage = measureStage({
      measure: { classification: "ordinance" },
      actions: [act("2025-05-06", "passage"), act("2025-05-07", "executive-receipt")],
      body: council,
    });
    expect(stage.stage).toBe("awaiting-executive");
  });

  it("fails a measure the Mayor lets lapse where the rules say so", () => {
    const lapse: Body = {
      ...council,
      rules: {
        ...rules,
        executive: {
          ...(rules.executive as NonNullable<VotingRules["executive"]>),
          ifNoAction: { value: "fails", citation: cite("Sec. 7") },
        },
      },
    };
    const stage = measureStage({
      measure: { classification: "ordinance" },
      actions: [act("2025-05-06", "passage"), act("2025-05-07", "executive-receipt")],
      body: lapse,
      asOf: "2025-06-01",
    });
    expect(stage).toMatchObject({ stage: "failed", since: "2025-05-17" });
  });

  it("says so when the record cannot tell whether the first vote was unanimous", () => {
    const steps = nextSteps({
      measure: { classification: "ordinance" },
      actions: [act("2025-04-01", "passage")],
      votes: [vote("2025-04-01", ["passage"], { yes: 5 }, "pass")],
      body: council,
    });
    expect(steps[0]?.en).toBe("The record does not say if the vote was unanimous, so it may need another vote.");
    expect(steps[0]?.citations).toEqual([cite("Sec. 5")]);
  });

  it("keeps the seed story's unknowns unknown", () => {
    const stage = measureStage({
      measure: { classification: "ordinance" },
      actions: [act("2024-11-19", "passage")],
      votes: [vote("2024-11-19", ["passage"], { yes: 13, no: 0, "not voting": 2 }, "pass")],
      body: cityCouncil,
      asOf: "2026-12-04",
    });
    // No days to act and no rule for no action are on record: no deadline is assumed.
    expect(stage).toMatchObject({ stage: "awaiting-executive", workedOut: null });
  });
});
