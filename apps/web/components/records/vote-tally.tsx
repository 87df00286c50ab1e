import { RecordBadge } from "@legible/ui/record-badge";
import { useFormatter, useTranslations } from "next-intl";
import type { VoteSummaryView } from "../../lib/record-views";

/** "Passed · 13 to 0" and every count on record: "Yes 13 · No 0 · Did not vote 2". */
export function VoteTally({
  result,
  counts,
  detail = true,
}: Pick<VoteSummaryView, "result" | "counts"> & {
  /** Leave out the line of every count where a table already lists them. */
  detail?: boolean;
}) {
  const t = useTranslations("records");
  const format = useFormatter();
  const yes = counts.find((count) => count.option === "yes")?.count;
  const no = counts.find((count) => count.option === "no")?.count;
  return (
    <p className="flex flex-wrap items-center gap-x-3 gap-y-1">
      <RecordBadge tone={result === "pass" ? "positive" : result === "fail" ? "negative" : "neutral"}>
        {t(`result.${result ?? "unknown"}`)}
      </RecordBadge>
      {yes !== undefined && no !== undefined ? (
        <span className="font-bold">{t("tally", { yes: format.number(yes), no: format.number(no) })}</span>
      ) : null}
      {detail ? (
        <span className="text-sm text-muted">
          {counts.map((count) => `${t(`option.${count.option}`)} ${format.number(count.count)}`).join(" · ")}
        </span>
      ) : null}
    </p>
  );
}
