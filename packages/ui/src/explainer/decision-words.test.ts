import { voteDecisionView } from "@legible/api";
import type { Locale, VoteEvent, VotingRules } from "@legible/core";
import { describe, expect, it } from "vitest";
import { decisionWords } from "./decision-words";
import { explainerWords } from "./words";

// Every place that states a vote's result says it through decisionWords, from the API's decision
// (core's decideVote): what the vote decided, the rule for that motion, the result by that rule.

const charter = (locator: string) => ({ sourceId: "src-charter", locator });

/** The story of issue 14: a 7-seat council, a majority of seats to pass, two-thirds to override. */
const sevenSeats: VotingRules = {
  seats: { value: 7, citation: charter("Sec. 1") },
  quorum: { value: { fraction: "majority", of: "seats" }, citation: charter("Sec. 2") },
  passage: { ordinance: { value: { fraction: "majority", of: "seats" }, citation: charter("Sec. 3") } },
  executive: {
    title: { en: "the Mayor", es: "la Alcaldía" },
    appliesTo: ["ordinance"],
    override: { value: { fraction: "two-thirds", of: "seats" }, citation: charter("Sec. 4") },
  },
};

/** Los Angeles: an urgency clause needs three-quarters of the 15 seats; the override share is not on record. */
const fifteenSeats: VotingRules = {
  seats: { value: 15, citation: charter("Sec. 241") },
  quorum: { value: { fraction: "two-thirds", of: "seats" }, citation: charter("Sec. 244") },
  passage: { ordinance: { value: { fraction: "majority", of: "seats" }, citation: charter("Sec. 244") } },
  otherActions: { value: { fraction: "majority", of: "seats" }, citation: charter("Sec. 244") },
  motions: { urgency: { value: { fraction: "three-quarters", of: "seats" }, citation: charter("Sec. 253") } },
  executive: { title: { en: "the Mayor", es: "la Alcaldía" }, appliesTo: ["ordinance"] },
};

async function words(
  rules: VotingRules | undefined,
  vote: Pick<VoteEvent, "counts" | "motionClassification" | "result">,
  locale: Locale = "en",
) {
  const decision = voteDecisionView({
    vote,
    measure: { classification: "ordinance" },
    rules,
    locale,
    // Stands in for the page's source number.
    cite: (citation) => citation.locator ?? null,
  });
  return decisionWords(decision, explainerWords(locale, () => "").t("votes"));
}

describe("a vote's decision in words", () => {
  it("a failed override, 4 to 3: needed 5 of the 7 seats, failed by the rules, never 'passed'", async () => {
    const en = await words(sevenSeats, {
      counts: { yes: 4, no: 3 },
      motionClassification: ["veto-override"],
      result: "fail",
    });
    expect(en.decided).toBe("This vote was to override the Mayor's veto.");
    expect(en.needed).toEqual({ text: "It needed 5 yes votes: two-thirds of the 7 seats.", citation: "Sec. 4" });
    expect(en.won).toBe("It got 4 yes votes. That is 1 fewer than it needed.");
    expect(en.result).toBe("By the rules on record, it failed.");
    expect(en.disagreement).toBeNull();
    // The override is the veto step: no sentence about surviving a veto.
    expect(en.veto).toBeNull();
    expect(en.noVeto).toBeNull();
    expect(JSON.stringify(en)).not.toMatch(/it passed/i);

    const es = await words(
      sevenSeats,
      { counts: { yes: 4, no: 3 }, motionClassification: ["veto-override"], result: "fail" },
      "es",
    );
    expect(es.decided).toBe("Esta votación era para anular el veto de la Alcaldía.");
    expect(es.needed?.text).toBe("Necesitaba 5 votos a favor: dos tercios de los 7 escaños.");
    expect(es.result).toBe("Según las reglas registradas, no se aprobó.");
  });

  it("the passage before it, 4 to 3: needed 4 and passed, and would not survive a veto (5)", async () => {
    const en = await words(sevenSeats, {
      counts: { yes: 4, no: 3 },
      motionClassification: ["passage"],
      result: "pass",
    });
    expect(en.decided).toBe("This vote was to pass the measure.");
    expect(en.needed?.text).toBe("It needed 4 yes votes: a majority of the 7 seats.");
    expect(en.result).toBe("By the rules on record, it passed.");
    expect(en.veto).toEqual({
      rule: {
        text: "The Mayor can veto this kind of measure. Overriding a veto takes two-thirds of the 7 seats (5 votes).",
        citation: "Sec. 4",
      },
      proof: "With 4 yes votes, it would not survive a veto.",
    });
    const es = await words(
      sevenSeats,
      { counts: { yes: 4, no: 3 }, motionClassification: ["passage"], result: "pass" },
      "es",
    );
    expect(es.veto?.rule.text).toBe(
      "La Alcaldía puede vetar este tipo de medida. Anular un veto requiere dos tercios de los 7 escaños (5 votos).",
    );
    expect(es.veto?.proof).toBe("Con 4 votos a favor, no resistiría un veto.");
  });

  it("an urgency clause at 11 and at 12 of 15: three-quarters of the seats is 12", async () => {
    const urgent = (yes: number, locale: Locale = "en") =>
      words(
        fifteenSeats,
        {
          counts: { yes, no: 15 - yes },
          motionClassification: ["passage", "urgency"],
          result: yes >= 12 ? "pass" : "fail",
        },
        locale,
      );
    const eleven = await urgent(11);
    expect(eleven.decided).toBe("This vote was to pass the measure as urgent, with an urgency clause.");
    expect(eleven.needed).toEqual({
      text: "It needed 12 yes votes: three-quarters of the 15 seats.",
      citation: "Sec. 253",
    });
    expect(eleven.result).toBe("By the rules on record, it failed.");
    // Failed: no veto follows.
    expect(eleven.veto).toBeNull();

    const twelve = await urgent(12);
    expect(twelve.won).toBe("It got 12 yes votes. That is exactly the number it needed.");
    expect(twelve.result).toBe("By the rules on record, it passed.");
    // The Mayor acts on it, but the override share is not on record: no veto-proof sentence.
    expect(twelve.veto).toEqual({
      rule: {
        text: "The Mayor can veto this kind of measure. The rules on record do not say how many votes overriding a veto takes.",
        citation: null,
      },
      proof: null,
    });

    const doce = await urgent(12, "es");
    expect(doce.decided).toBe("Esta votación era para aprobar la medida como urgente, con una cláusula de urgencia.");
    expect(doce.needed?.text).toBe("Necesitaba 12 votos a favor: tres cuartos de los 15 escaños.");
    expect(doce.result).toBe("Según las reglas registradas, se aprobó.");
  });

  it("a vote whose record does not say what it decided: unknown, said once, in plain words", async () => {
    const en = await words(sevenSeats, { counts: { yes: 6, no: 1 }, result: "pass" });
    expect(en.decided).toBe("The record does not say what this vote decided, so we cannot tell what it needed.");
    expect(en.needed).toBeNull();
    expect(en.neededShort.text).toBe("Unknown, because the record does not say what this vote decided.");
    expect(en.result).toBe("By the rules on record, we cannot tell whether it passed.");
    expect(en.recorded).toBe("The record says it passed.");
    expect(en.disagreement).toBeNull();

    const es = await words(sevenSeats, { counts: { yes: 6, no: 1 }, result: "pass" }, "es");
    expect(es.decided).toBe("El registro no dice qué decidía esta votación, así que no podemos saber qué necesitaba.");
  });

  it("a motion with no rule on record, and a body without rules", async () => {
    const reconsider = await words(sevenSeats, {
      counts: { yes: 6, no: 1 },
      motionClassification: ["reconsideration"],
      result: "pass",
    });
    expect(reconsider.neededShort.text).toBe("Unknown, because the rules on record do not say what this motion needs.");
    expect(reconsider.needed?.text).toBe(
      "How many votes it needed is unknown, because the rules on record do not say what this motion needs.",
    );
    const noRules = await words(undefined, { counts: { yes: 6 }, motionClassification: ["passage"], result: "pass" });
    expect(noRules.needed?.text).toBe("This body's voting rules are not on record, so we cannot tell what it needed.");
  });

  it("a record that disagrees with the rules says both", async () => {
    const passedSays = await words(sevenSeats, {
      counts: { yes: 4, no: 3 },
      motionClassification: ["veto-override"],
      result: "pass",
    });
    expect(passedSays.result).toBe("By the rules on record, it failed.");
    expect(passedSays.disagreement).toBe(
      "The record says it passed; by the rules on record it needed 5. We show both so you can check.",
    );
    const failedSays = await words(
      sevenSeats,
      { counts: { yes: 6, no: 1 }, motionClassification: ["veto-override"], result: "fail" },
      "es",
    );
    expect(failedSays.disagreement).toBe(
      "El registro dice que no se aprobó; según las reglas registradas, necesitaba 5 y obtuvo 6. Mostramos ambos para que usted lo compruebe.",
    );
  });
});
