import { useTranslations } from "next-intl";
import type { VoteCardView } from "./types";

type Threshold = NonNullable<VoteCardView["passageRule"]>;

// ICU select keys cannot hold hyphens.
const fractionKeys = {
  majority: "majority",
  "two-thirds": "twoThirds",
  "three-quarters": "threeQuarters",
  unanimous: "unanimous",
} as const;

/** A rule's share in words: "a majority of all 15 seats". */
export function ThresholdWords({ threshold, seats }: { threshold: Threshold; seats: number | null }) {
  const t = useTranslations("explainer.vote.threshold");
  if ("count" in threshold) return <>{t("count", { count: threshold.count })}</>;
  const fraction = fractionKeys[threshold.fraction];
  if (threshold.of === "seats" && seats === null) return <>{t("shareOfUnknownSeats", { fraction })}</>;
  return <>{t("share", { fraction, of: threshold.of, seats: seats ?? 0 })}</>;
}
