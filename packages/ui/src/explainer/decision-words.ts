import type { VoteDecisionView } from "@legible/api";
import { capitalize, contractEs, possessive } from "@legible/core";
import { shareInWords } from "./threshold-words";

// What a vote decided, what the rule for that motion needed and the result by that rule, in
// plain sentences from packages/ui's messages/<locale>/votes.json. The vote page, the explainer's vote card,
// the embed card, oEmbed, social cards and feeds all say a vote's result through this, from the
// API's decision (core's decideVote), so no two places can word or count it differently.

/** A translator of the "votes" messages. */
export type VotesTranslate = (key: string, values?: Record<string, string | number>) => string;

/** Core's decision as the API gives it, with rule citations in whatever form the page uses. */
export type DecisionView<C> = Omit<Math, "seats" | "applied" | "quorum" | "veto"> & {
  seats: { value: number; citation: C } | null;
  applied: { rule: Rule; threshold: Threshold; citation: C } | null;
  quorum: { threshold: Threshold; citation: C } | null;
  veto: { executive: string; override: { threshold: Threshold; citation: C } | null } | null;
};

type Math = VoteDecisionView<unknown>;
type Threshold = NonNullable<Math["applied"]>["threshold"];
type Rule = NonNullable<Math["applied"]>["rule"];

/** A sentence with the citation of the rule it states; `citation` is null when it states none. */
export interface CitedSentence<C> {
  text: string;
  citation: C | null;
}

/** A vote's decision in sentences, in the order a page reads them. */
export interface DecisionWords<C> {
  /** "This vote was to override the Mayor's veto." */
  decided: string;
  /**
   * "It needed 5 yes votes: two-thirds of the 7 seats.", with the rule's citation; or why it is
   * unknown. Null when `decided` already says why (the record does not say what the vote decided).
   */
  needed: CitedSentence<C> | null;
  /** The same, as a short answer to "Votes needed": "5 of 7 seats" is not enough without the rule. */
  neededShort: CitedSentence<C>;
  /** Said when the rule is the body's rule for other actions. */
  ruleNote: string | null;
  /** "It got 4 yes votes. That is 1 fewer than it needed." */
  won: string;
  /** "By the rules on record, it failed." */
  result: string;
  /** "pass", "fail" or "unknown": the result by the rules. */
  resultKey: "pass" | "fail" | "unknown";
  /** What the record says, for when the rules cannot decide. */
  recorded: string;
  /** When the record and the rules disagree: "The record says it passed; by the rules on record it needed 5." */
  disagreement: string | null;
  /** For a vote that passes a measure the executive acts on: the override rule, and whether it would survive a veto. */
  veto: { rule: CitedSentence<C>; proof: string | null } | null;
  /** "No veto step follows this kind of measure.", for a vote that passes a measure no executive acts on. */
  noVeto: string | null;
}

/** What the vote decided, in one sentence. */
function decidedWords(math: Pick<Math, "motion" | "executive">, t: VotesTranslate): string {
  if (math.motion === null) return t("decided.unknown");
  if (math.motion === "veto-override") {
    if (math.executive === null) return t("decided.veto-override-any");
    return contractEs(
      t("decided.veto-override", {
        executive: math.executive,
        executivePossessive: possessive(math.executive),
        ofExecutive: `de ${math.executive}`,
      }),
    );
  }
  return t(`decided.${math.motion}`);
}

/** Puts core's decision on a vote into sentences, each rule with its citation. */
export function decisionWords<C>(math: DecisionView<C>, t: VotesTranslate): DecisionWords<C> {
  const { outcome, applied } = math;
  const seats = math.seats?.value ?? null;

  let needed: CitedSentence<C> | null;
  let neededShort: CitedSentence<C>;
  if (applied) {
    const rule = shareInWords(applied.threshold, seats, t);
    const text =
      outcome.votesNeeded === null
        ? t("needed.share", { rule })
        : "count" in applied.threshold
          ? t("needed.count", { needed: outcome.votesNeeded })
          : t("needed.votes", { needed: outcome.votesNeeded, rule });
    needed = { text, citation: applied.citation };
    neededShort = needed;
  } else {
    // No rule applies: the reason is one of the three that leave the rule unknown.
    const reason =
      math.unknownReason === "no-rules" || math.unknownReason === "motion-not-recorded"
        ? math.unknownReason
        : "no-rule-for-motion";
    needed = reason === "motion-not-recorded" ? null : { text: t(`needed.unknown.${reason}`), citation: null };
    neededShort = { text: t(`needed.unknownShort.${reason}`), citation: null };
  }

  const won = [
    outcome.votesWon === null ? t("won.unknown") : t("won.count", { won: outcome.votesWon }),
    outcome.margin === null
      ? null
      : outcome.margin >= 0
        ? t("won.margin", { margin: outcome.margin })
        : t("won.short", { short: -outcome.margin }),
  ]
    .filter(Boolean)
    .join(" ");

  const resultKey = math.passed === null ? "unknown" : math.passed ? "pass" : "fail";
  const result =
    resultKey !== "unknown"
      ? t(`result.${resultKey}`)
      : math.unknownReason === "counts-undecided"
        ? t("result.countsUndecided")
        : t("result.unknown");

  let disagreement: string | null = null;
  if (math.recordAgrees === false && math.recordedResult !== null) {
    const said =
      outcome.votesNeeded === null
        ? t("disagreesNoCount", { recorded: math.recordedResult })
        : t("disagrees", { recorded: math.recordedResult, needed: outcome.votesNeeded, won: outcome.votesWon ?? 0 });
    disagreement = `${said} ${t("disagreesCheck")}`;
  }

  // A veto follows only a vote that passed (or may have): say whether it would survive one
  // only when the override share is known.
  let veto: DecisionWords<C>["veto"] = null;
  if (math.veto && math.passed !== false) {
    const executive = capitalize(math.veto.executive);
    const override = math.veto.override;
    if (override) {
      const share = shareInWords(override.threshold, seats, t);
      const rule =
        outcome.overrideNeeded === null || "count" in override.threshold
          ? share
          : t("share.withVotes", { share, votes: outcome.overrideNeeded });
      const proof =
        outcome.vetoProof === null || outcome.votesWon === null
          ? null
          : t(outcome.vetoProof ? "veto.proof" : "veto.notProof", { won: outcome.votesWon });
      veto = { rule: { text: t("veto.rule", { executive, rule }), citation: override.citation }, proof };
    } else {
      veto = { rule: { text: t("veto.ruleUnknown", { executive }), citation: null }, proof: null };
    }
  }

  return {
    decided: decidedWords(math, t),
    needed,
    neededShort,
    ruleNote: applied?.rule === "other-actions" ? t("needed.otherActions") : null,
    won,
    result,
    resultKey,
    recorded: t("recorded", { result: math.recordedResult ?? "unknown" }),
    disagreement,
    veto,
    noVeto: math.passesMeasure && math.measureKind !== null && !math.veto && math.seats ? t("veto.none") : null,
  };
}
