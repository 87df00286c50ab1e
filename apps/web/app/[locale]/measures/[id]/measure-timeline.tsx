import { RecordSection } from "@legible/ui/record-section";
import { useTranslations } from "next-intl";
import { InferredDetails, InferredMark } from "@/components/inferred";
import { RecordText } from "@/components/records/record-text";
import { SourceRefs } from "@/components/records/source-refs";
import { Link } from "@/i18n/navigation";
import type { MeasureView } from "@/lib/record-views";

/** The measure's actions, votes and meetings in date order, each with its sources. */
export function MeasureTimeline({ measure }: { measure: MeasureView }) {
  const t = useTranslations("records");
  const lang = measure.recordLanguage;
  const link = "text-primary underline";
  return (
    <RecordSection id="timeline" title={t("measure.timelineTitle")}>
      {measure.timeline.length ? (
        <ol className="space-y-4 border-l-2 border-line pl-4">
          {measure.timeline.map((entry) => (
            <li key={`${entry.kind}-${entry.id}`}>
              <p className="text-sm font-bold text-muted">
                {entry.date}
                <InferredMark inferred={entry.dateInferred} />
              </p>
              <InferredDetails inferred={entry.dateInferred} />
              <p>
                {entry.kind === "vote" ? (
                  <Link href={`/votes/${encodeURIComponent(entry.id)}`} className={link}>
                    {t.rich("measure.timelineVote", {
                      motion: entry.text,
                      record: (chunks) => <RecordText lang={lang}>{chunks}</RecordText>,
                    })}
                  </Link>
                ) : entry.kind === "meeting" ? (
                  <Link href={`/meetings/${encodeURIComponent(entry.id)}`} className={link}>
                    {t.rich("meeting.timelineMeeting", {
                      name: entry.text,
                      record: (chunks) => <RecordText lang={lang}>{chunks}</RecordText>,
                    })}
                  </Link>
                ) : (
                  <RecordText lang={lang}>{entry.text}</RecordText>
                )}
                <SourceRefs numbers={entry.sourceNumbers} />
              </p>
            </li>
          ))}
        </ol>
      ) : (
        <p>{t("measure.timelineEmpty")}</p>
      )}
    </RecordSection>
  );
}
