import { Badge } from "@legible/ui/badge";
import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import type { StatementView } from "@/lib/record-views";
import { InferredDetails, InferredMark } from "../inferred";
import { RecordText } from "./record-text";
import { SourceRefs } from "./source-refs";

const stanceTone = { supports: "positive", opposes: "negative", neutral: "neutral", mixed: "info" } as const;

/** Quotes, each with who said it, where they stand, how and when, and its source. */
export function StatementList({
  statements,
  recordLanguage,
  show,
}: {
  statements: readonly StatementView[];
  recordLanguage: string;
  /** What each quote's caption names: its speaker (on a measure's page) or its measure (on a speaker's page). */
  show: "speaker" | "measure";
}) {
  const t = useTranslations("records");
  if (!statements.length) return <p>{t("statements.empty")}</p>;
  return (
    <ul className="space-y-4">
      {statements.map((statement) => {
        const speaker = statement.speaker;
        const speakerHref = speaker
          ? `/${speaker.kind === "person" ? "people" : "bodies"}/${encodeURIComponent(speaker.id)}`
          : null;
        return (
          <li key={statement.id}>
            <figure className="rounded-card border-l-4 border-primary bg-paper p-4">
              <blockquote className="font-serif text-lg">
                <RecordText lang={recordLanguage}>“{statement.text}”</RecordText>
              </blockquote>
              <figcaption className="mt-2 flex flex-wrap items-center gap-x-2 gap-y-1 text-sm">
                <Badge tone={stanceTone[statement.stance]}>{t(`stance.${statement.stance}`)}</Badge>
                {show === "speaker" && speaker && speakerHref ? (
                  <span>
                    <Link href={speakerHref} className="font-bold text-primary underline">
                      <RecordText lang={recordLanguage}>{speaker.name}</RecordText>
                    </Link>
                    <InferredMark inferred={statement.speakerInferred} />
                  </span>
                ) : null}
                {show === "measure" && statement.measure ? (
                  <span>
                    {t.rich("statements.about", {
                      measure: statement.measure.title,
                      link: (chunks) => (
                        <Link
                          href={`/measures/${encodeURIComponent(statement.measure?.id ?? "")}`}
                          className="text-primary underline"
                        >
                          <RecordText lang={recordLanguage}>{chunks}</RecordText>
                        </Link>
                      ),
                    })}
                  </span>
                ) : null}
                <span className="text-muted">
                  {statement.medium ? `${t(`medium.${statement.medium}`)} · ` : null}
                  {statement.date ?? t("statements.dateUnknown")}
                  <InferredMark inferred={statement.dateInferred} />
                </span>
                <SourceRefs numbers={statement.sourceNumber === null ? [] : [statement.sourceNumber]} />
                {show === "speaker" ? (
                  <InferredDetails
                    inferred={statement.speakerInferred}
                    subject={speaker?.name}
                    className="basis-full"
                  />
                ) : null}
                <InferredDetails
                  inferred={statement.dateInferred}
                  subject={statement.date ?? undefined}
                  className="basis-full"
                />
              </figcaption>
            </figure>
          </li>
        );
      })}
    </ul>
  );
}
