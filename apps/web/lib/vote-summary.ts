import {
  type Body,
  computeVoteOutcome,
  formatDate,
  type Measure,
  rulesFor,
  type Threshold,
  VOTE_OPTIONS,
  type VoteEvent,
  type VoteOption,
} from "@legible/core";
import type { AppLocale } from "../i18n/routing";
import type { MachineText } from "./machine-text";
import { FRACTION_KEYS } from "./threshold-words";

// A vote in a few plain words, the same everywhere it is read away from its page: the embed
// card, oEmbed, social cards and feeds.

const OPTION_KEYS: Record<VoteOption, string> = {
  yes: "yes",
  no: "no",
  abstain: "abstain",
  absent: "absent",
  "not voting": "notVoting",
  excused: "excused",
  paired: "paired",
  other: "other",
};

export interface VoteSummary {
  /** "Passed", "Failed" or "Result not on record". */
  result: string;
  /** The result with the yes and no counts when both are known: "Passed 13 to 0". */
  resultWithTally: string;
  /** Each option on record, in OCD's order: [{ label: "Yes", count: 13 }, ...]. */
  counts: Array<{ option: VoteOption; label: string; count: number }>;
  /** "Yes 13, No 0, Did not vote 2". */
  countsText: string;
  /** What it took to pass, when the rules and attendance say: "It needed 8 yes votes: a majority of the 15 seats." */
  needed: string | null;
  /** The date at the precision it has: "November 19, 2024". */
  date: string;
}

function shareText(threshold: Threshold, seats: number | null, t: MachineText): string | null {
  if ("count" in threshold) return null;
  const fraction = t(`vote.fraction.${FRACTION_KEYS[threshold.fraction]}`);
  if (threshold.of === "seats") return seats === null ? null : t("vote.share.seats", { fraction, seats });
  return t(`vote.share.${threshold.of}`, { fraction });
}

/** Puts a vote into words in one language, with what it needed to pass from its body's rules. */
export function summarizeVote(
  input: { vote: VoteEvent; body: Body | null; measure: Measure | null },
  locale: AppLocale,
  t: MachineText,
): VoteSummary {
  const { vote, body, measure } = input;
  const result = t(`vote.result.${vote.result ?? "unknown"}`);
  const yes = vote.counts.yes;
  const no = vote.counts.no;
  const counts = VOTE_OPTIONS.flatMap((option) => {
    const count = vote.counts[option];
    return count === undefined ? [] : [{ option, label: t(`vote.option.${OPTION_KEYS[option]}`), count }];
  });

  let needed: string | null = null;
  if (body?.rules && measure) {
    const rules = rulesFor(body.rules, measure.classification);
    const outcome = computeVoteOutcome({ counts: vote.counts, ...rules });
    if (outcome.votesNeeded !== null && rules.required) {
      const share = shareText(rules.required, rules.seats, t);
      needed = share
        ? t("vote.needed", { needed: outcome.votesNeeded, share })
        : t("vote.neededCount", { needed: outcome.votesNeeded });
    }
  }

  return {
    result,
    resultWithTally: yes !== undefined && no !== undefined ? t("vote.resultWithTally", { result, yes, no }) : result,
    counts,
    countsText: counts.map((c) => `${c.label} ${c.count}`).join(", "),
    needed,
    date: formatDate(vote.date, locale),
  };
}
