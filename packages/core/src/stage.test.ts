import { describe, expect, it } from "vitest";
import { cityCouncil, councilRules } from "./fixtures/seed-story.test-support.js";
import { nextSteps } from "./next-steps.js";
import { readability } from "./readability.js";
import type { VotingRules } from "./rules.js";
import type { Action, ActionClassification } from "./schemas/action.js";
import type { Body } from "./schemas/body.js";
import { measureStage, STAGES, type Stage } from "./stage.js";

let counter = 0;
function action(date: string, ...classification: ActionClassification[]): Action {
  counter += 1;
  return { id: `a${counter}`, measureId: "m", date, description: "step", classification, sourceIds: [] };
}

const ordinance = { classification: "ordinance" as const };

function stageAfter(...classes: ActionClassification[][]): Stage {
  const actions = classes.map((c, i) => action(`2024-01-${String(i + 1).padStart(2, "0")}`, ...c));
  return measureStage({ measure: ordinance, actions, body: cityCouncil }).stage;
}

describe("measureStage", () => {
  it("follows a measure from introduction to effect", () => {
    expect(stageAfter()).toBe("unknown");
    expect(stageAfter(["introduction"])).toBe("introduced");
    expect(stageAfter(["introduction"], ["referral-committee"])).toBe("in-committee");
    expect(stageAfter(["introduction"], ["referral-committee"], ["committee-passage"])).toBe("awaiting-vote");
    expect(stageAfter(["passage"])).toBe("awaiting-executive");
    expect(stageAfter(["passage"], ["executive-veto"])).toBe("vetoed");
    expect(stageAfter(["passage"], ["executive-veto"], ["veto-override-passage"])).toBe("enacted");
    expect(stageAfter(["passage"], ["executive-veto"], ["veto-override-failure"])).toBe("failed");
    expect(stageAfter(["passage"], ["executive-signature"])).toBe("enacted");
    expect(stageAfter(["passage"], ["executive-signature"], ["effective"])).toBe("in-effect");
    expect(stageAfter(["introduction"], ["withdrawal"])).toBe("withdrawn");
    expect(stageAfter(["introduction"], ["failure"])).toBe("failed");
    expect(stageAfter(["passage"], ["amendment-passage"])).toBe("awaiting-executive");
  });

  it("takes the furthest stage when one action has several classifications", () => {
    expect(stageAfter(["reading-1", "referral-committee"])).toBe("in-committee");
  });

  it("adopts a measure the executive does not see", () => {
    const resolution = { classification: "resolution" as const };
    const actions = [action("2024-02-01", "passage")];
    expect(measureStage({ measure: resolution, actions, body: cityCouncil }).stage).toBe("adopted");
    expect(measureStage({ measure: ordinance, actions }).stage).toBe("adopted");
  });

  it("orders same-day actions by their order field", () => {
    const signed = { ...action("2024-03-01", "executive-signature"), order: 2 };
    const passed = { ...action("2024-03-01", "passage"), order: 1 };
    expect(measureStage({ measure: ordinance, actions: [signed, passed], body: cityCouncil }).stage).toBe("enacted");
  });
});

describe("nextSteps", () => {
  const withDays: Body = {
    ...cityCouncil,
    rules: {
      ...councilRules,
      executive: {
        ...(councilRules.executive as NonNullable<VotingRules["executive"]>),
        // EXAMPLE VALUES for this test only, not the Los Angeles rule.
        daysToAct: { value: 10, citation: { sourceId: "src-example" } },
        ifNoAction: { value: "becomes-law", citation: { sourceId: "src-example" } },
        override: { value: { fraction: "two-thirds", of: "seats" }, citation: { sourceId: "src-example" } },
      },
    },
  };

  it("states the days to act and what no action means when the rules hold them", () => {
    const steps = nextSteps({ measure: ordinance, actions: [action("2024-01-01", "passage")], body: withDays });
    expect(steps.map((s) => s.en)).toEqual([
      "Awaits the Mayor's signature.",
      "The Mayor has 10 days from delivery to sign it or veto it.",
      "The day it arrived is not on record, so we cannot say when time runs out.",
      "If the Mayor does nothing in time, it becomes law.",
      "If the Mayor vetoes it, the Council can still pass it with 10 of 15 votes.",
    ]);
    expect(steps[1]?.es).toBe("La Alcaldía tiene 10 días desde la entrega para firmarla o vetarla.");
    expect(steps[1]?.citations).toEqual([{ sourceId: "src-example" }]);
    expect(steps[4]?.citations).toEqual([{ sourceId: "src-example" }, councilRules.seats.citation]);
  });

  it("contracts Spanish articles", () => {
    const masculine: Body = {
      ...withDays,
      rules: {
        ...councilRules,
        executive: {
          ...(councilRules.executive as NonNullable<VotingRules["executive"]>),
          title: { en: "the Mayor", es: "el alcalde" },
        },
      },
    };
    const [first] = nextSteps({ measure: ordinance, actions: [action("2024-01-01", "passage")], body: masculine });
    expect(first?.es).toBe("Espera la firma del alcalde.");
  });

  it("has next steps for every stage, readable at grade 8", () => {
    const scenarios: ActionClassification[][][] = [
      [],
      [["introduction"]],
      [["referral-committee"]],
      [["committee-passage"]],
      [["passage"]],
      [["passage"], ["executive-veto"]],
      [["passage"], ["executive-signature"]],
      [["passage"], ["executive-signature"], ["effective"]],
      [["failure"]],
      [["withdrawal"]],
    ];
    const seen = new Set<Stage>();
    for (const body of [cityCouncil, withDays, undefined]) {
      for (const scenario of scenarios) {
        const actions = scenario.map((c, i) => action(`2024-01-${String(i + 1).padStart(2, "0")}`, ...c));
        const input = { measure: ordinance, actions, body };
        seen.add(measureStage(input).stage);
        const steps = nextSteps(input);
        expect(steps.length).toBeGreaterThan(0);
        // Grade formulas are meant for passages, and readers see the steps together.
        const en = steps.map((s) => s.en).join(" ");
        const es = steps.map((s) => s.es).join(" ");
        expect(readability(en, "en").grade, en).toBeLessThanOrEqual(8);
        expect(readability(es, "es").grade, es).toBeLessThanOrEqual(8);
      }
    }
    seen.add(
      measureStage({ measure: { classification: "resolution" }, actions: [action("2024-01-01", "passage")] }).stage,
    );
    expect([...seen].sort()).toEqual([...STAGES].sort());
  });

  it("falls back to generic wording without a body", () => {
    const steps = nextSteps({
      measure: ordinance,
      actions: [action("2024-01-01", "passage"), action("2024-01-02", "executive-veto")],
    });
    expect(steps.map((s) => s.en)).toEqual([
      "The council may try to override the veto.",
      "The rules on record do not say how many votes that takes.",
    ]);
    const introduced = nextSteps({
      measure: ordinance,
      actions: [action("2024-01-01", "introduction")],
      body: cityCouncil,
    });
    expect(introduced.map((s) => s.en)).toEqual(["The Council will vote on it.", "It needs 8 of 15 votes to pass."]);
  });
});
