import { formatDate, VOTE_OPTIONS, type VoteEvent, type VoteOption } from "@legible/core";
import { type DecisionView, decisionWords, type VotesTranslate, voteOptionWords } from "@legible/ui/explainer";
import type { AppLocale } from "../i18n/routing";
import type { MachineText } from "./machine-text";

// A vote in a few plain words, the same everywhere it is read away from its page: the embed
// card, oEmbed, social cards and feeds. What it decided, what that needed and the result by the
// rules come from the API's decision (core's decideVote), worded as the vote page words them.

export interface VoteSummary {
  /** "pass", "fail" or "unknown": by the rules when they decide it, else as recorded. */
  resultKey: "pass" | "fail" | "unknown";
  /** "Passed", "Failed" or "Result not on record". */
  result: string;
  /** The result with the yes and no counts when both are known: "Passed 13 to 0". */
  resultWithTally: string;
  /** Each option on record, in OCD's order: [{ label: "Yes", count: 13 }, ...]. */
  counts: Array<{ option: VoteOption; label: string; count: number }>;
  /** "Yes 13, No 0, Did not vote 2". */
  countsText: string;
  /**
   * What the vote decided, what the rule for that motion needed and the result by the rules
   * (and where the record disagrees): "This vote was to override the Mayor's veto. It needed 5
   * yes votes: two-thirds of the 7 seats. By the rules on record, it failed." Null without a decision.
   */
  explanation: string | null;
  /** The date at the precision it has: "November 19, 2024". */
  date: string;
}

/** Puts a vote into words in one language, with the API's decision on it. */
export function summarizeVote(
  input: { vote: VoteEvent; decision: DecisionView<null> | null | undefined },
  locale: AppLocale,
  t: MachineText,
  votes: VotesTranslate,
): VoteSummary {
  const { vote, decision } = input;
  const words = decision ? decisionWords(decision, votes) : null;
  // The rules decide when they can; otherwise the record says.
  const resultKey = words && words.resultKey !== "unknown" ? words.resultKey : (vote.result ?? "unknown");
  const result = t(`vote.result.${resultKey}`);
  const yes = vote.counts.yes;
  const no = vote.counts.no;
  const counts = VOTE_OPTIONS.flatMap((option) => {
    const count = vote.counts[option];
    return count === undefined ? [] : [{ option, label: voteOptionWords(votes, option, "count"), count }];
  });
  const explanation = words
    ? [words.decided, words.needed?.text, words.result, words.disagreement].filter(Boolean).join(" ")
    : null;

  return {
    resultKey,
    result,
    resultWithTally: yes !== undefined && no !== undefined ? t("vote.resultWithTally", { result, yes, no }) : result,
    counts,
    countsText: counts.map((c) => `${c.label} ${c.count}`).join(", "),
    explanation,
    date: formatDate(vote.date, locale),
  };
}
