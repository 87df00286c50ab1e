import { RecordSection } from "@legible/ui/record-section";
import { useTranslations } from "next-intl";
import { InferredDetails, InferredMark } from "@/components/inferred";
import { RecordText } from "@/components/records/record-text";
import { Link } from "@/i18n/navigation";
import type { MeasureView } from "@/lib/record-views";

/** Who sponsored the measure (linked when on record) and its subjects. */
export function MeasureSponsors({ measure }: { measure: MeasureView }) {
  const t = useTranslations("records");
  const lang = measure.recordLanguage;
  const link = "text-primary underline";
  return (
    <RecordSection id="sponsors" title={t("measure.sponsorsTitle")}>
      {measure.sponsors.length ? (
        <ul className="list-disc space-y-1 pl-6">
          {measure.sponsors.map((sponsor) => {
            const href = sponsor.personId
              ? `/people/${encodeURIComponent(sponsor.personId)}`
              : sponsor.bodyId
                ? `/bodies/${encodeURIComponent(sponsor.bodyId)}`
                : null;
            const name = <RecordText lang={lang}>{sponsor.name}</RecordText>;
            return (
              <li key={sponsor.name}>
                {href ? (
                  <Link href={href} className={link}>
                    {name}
                  </Link>
                ) : (
                  name
                )}
                {sponsor.primary ? <span className="text-muted"> ({t("measure.leadSponsor")})</span> : null}
                <InferredMark inferred={sponsor.inferred} />
                <InferredDetails inferred={sponsor.inferred} subject={sponsor.name} />
              </li>
            );
          })}
        </ul>
      ) : (
        <p>{t("measure.sponsorsEmpty")}</p>
      )}
      <h3 className="pt-2 text-lg font-bold">{t("measure.subjectsTitle")}</h3>
      {measure.subjects.length ? (
        <ul className="flex flex-wrap gap-2">
          {measure.subjects.map((subject) => (
            <li key={subject} className="rounded-full border border-line bg-paper px-3 py-1">
              <RecordText lang={lang}>{subject}</RecordText>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("measure.subjectsEmpty")}</p>
      )}
    </RecordSection>
  );
}
