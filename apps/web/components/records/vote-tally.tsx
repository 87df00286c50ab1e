import { Badge } from "@legible/ui/badge";
import { voteOptionWords } from "@legible/ui/explainer";
import { useFormatter, useTranslations } from "next-intl";
import { listResult } from "@/lib/list-result";
import type { VoteSummaryView } from "@/lib/record-views";

type Tone = "positive" | "negative" | "neutral";

/**
 * "Passed · 13 to 0" and every count on record: "Yes 13 · No 0 · Did not vote 2". With `byRules`
 * (core's decision for what the vote decided), the badge never says "Passed" where the rules say
 * it failed: a disagreement is shown as one, and a result the record lacks is labelled as worked out.
 */
export function VoteTally({
  result,
  byRules,
  counts,
  detail = true,
}: Pick<VoteSummaryView, "result" | "counts"> &
  Partial<Pick<VoteSummaryView, "byRules">> & {
    /** Leave out the line of every count where a table already lists them. */
    detail?: boolean;
  }) {
  const t = useTranslations("records");
  const votes = useTranslations("votes");
  const format = useFormatter();
  const yes = counts.find((count) => count.option === "yes")?.count;
  const no = counts.find((count) => count.option === "no")?.count;
  const badge = resultBadge(result, byRules, t);
  return (
    <p className="flex flex-wrap items-center gap-x-3 gap-y-1">
      <Badge tone={badge.tone}>{badge.label}</Badge>
      {yes !== undefined && no !== undefined ? (
        <span className="font-bold">{t("tally", { yes: format.number(yes), no: format.number(no) })}</span>
      ) : null}
      {detail ? (
        <span className="text-sm text-muted">
          {counts
            .map((count) => `${voteOptionWords(votes, count.option, "count")} ${format.number(count.count)}`)
            .join(" · ")}
        </span>
      ) : null}
    </p>
  );
}

function resultBadge(
  result: VoteSummaryView["result"],
  byRules: VoteSummaryView["byRules"] | undefined,
  t: ReturnType<typeof useTranslations<"records">>,
): { label: string; tone: Tone } {
  const shown = listResult(result, byRules);
  if (shown.kind === "disagrees") {
    return {
      label: t("resultByRules.disagrees", {
        recorded: t(`resultWord.${shown.recorded}`),
        decided: t(`resultWord.${shown.decided}`),
      }),
      tone: "neutral",
    };
  }
  if (shown.kind === "worked-out") {
    return {
      label: t(`resultByRules.workedOut.${shown.decided}`),
      tone: shown.decided === "pass" ? "positive" : "negative",
    };
  }
  return {
    label: t(`result.${shown.recorded ?? "unknown"}`),
    tone: shown.recorded === "pass" ? "positive" : shown.recorded === "fail" ? "negative" : "neutral",
  };
}
