import type { VoteDecisionView } from "@legible/api";

/** A rule's share: a fraction of a base, or a count. */
export type ThresholdValue = NonNullable<VoteDecisionView<unknown>["applied"]>["threshold"];

/** A translator of the "records" messages. */
export type RecordsTranslate = (key: string, values?: Record<string, string | number>) => string;

/** Message keys for core's fractions (ICU keys cannot contain hyphens). */
export const FRACTION_KEYS = {
  majority: "majority",
  "two-thirds": "twoThirds",
  "three-quarters": "threeQuarters",
  unanimous: "unanimous",
} as const;

/** A rule's share in words, to use inside a sentence: "a majority of the 15 seats". */
export function shareInWords(threshold: ThresholdValue, seats: number | null, t: RecordsTranslate): string {
  if ("count" in threshold) return t("share.count", { count: threshold.count });
  const fraction = t(`share.fraction.${FRACTION_KEYS[threshold.fraction]}`);
  switch (threshold.of) {
    case "seats":
      return seats === null ? t("share.seatsUnknown", { fraction }) : t("share.seats", { fraction, seats });
    case "present":
      return t("share.present", { fraction });
    case "voting":
      return t("share.voting", { fraction });
  }
}

/** The share with the votes it takes when the seats decide that: "a majority of the 15 seats (8 votes)". */
export function thresholdInWords(
  threshold: ThresholdValue,
  votes: number | null,
  seats: number | null,
  t: RecordsTranslate,
): string {
  const share = shareInWords(threshold, seats, t);
  return votes === null || "count" in threshold ? share : t("share.withVotes", { share, votes });
}
