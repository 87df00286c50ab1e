import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import type { VoteSummaryView } from "@/lib/record-views";
import { RecordText } from "./record-text";
import { VoteTally } from "./vote-tally";

/** Votes as cards: when and who, the motion (linking to the vote's page), the result and tally, the measure. */
export function VoteSummaryList({
  votes,
  recordLanguage,
  showBody = true,
  showMeasure = true,
}: {
  votes: readonly VoteSummaryView[];
  recordLanguage: string;
  /** Leave the body out on its own page. */
  showBody?: boolean;
  /** Leave the measure out on its own page. */
  showMeasure?: boolean;
}) {
  const t = useTranslations("records.voteList");
  if (!votes.length) return <p>{t("empty")}</p>;
  return (
    <ul className="space-y-3">
      {votes.map((vote) => (
        <li key={vote.id} className="rounded-card border border-line bg-paper p-4">
          <p className="text-sm text-muted">
            {vote.date}
            {showBody && vote.body ? (
              <>
                {" · "}
                <RecordText lang={recordLanguage}>{vote.body.name}</RecordText>
              </>
            ) : null}
          </p>
          <h3 className="mt-1 text-lg font-bold">
            <Link href={`/votes/${encodeURIComponent(vote.id)}`} className="text-primary underline">
              <RecordText lang={recordLanguage}>{vote.motionText}</RecordText>
            </Link>
          </h3>
          <div className="mt-2">
            <VoteTally result={vote.result} byRules={vote.byRules} counts={vote.counts} />
          </div>
          {showMeasure && vote.measure ? (
            <p className="mt-2 text-sm">
              {t("on")}{" "}
              <Link href={`/measures/${encodeURIComponent(vote.measure.id)}`} className="text-primary underline">
                <RecordText lang={recordLanguage}>{vote.measure.title}</RecordText>
              </Link>
            </p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
