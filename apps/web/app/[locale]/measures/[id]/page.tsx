import { RecordFacts } from "@legible/ui/record-facts";
import { RecordSection } from "@legible/ui/record-section";
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { InferredDetails, InferredMark } from "@/components/inferred";
import { JsonLd } from "@/components/json-ld";
import { MeetingList } from "@/components/meetings/meeting-list";
import { Breadcrumbs } from "@/components/records/breadcrumbs";
import { RecordHeading } from "@/components/records/record-heading";
import { RecordText } from "@/components/records/record-text";
import { CitationRef, SourceRefs } from "@/components/records/source-refs";
import { SourcesList } from "@/components/records/sources-list";
import { StatementList } from "@/components/records/statement-list";
import { VoteSummaryList } from "@/components/records/vote-summary-list";
import { Link } from "@/i18n/navigation";
import { measureJsonLdFor } from "@/lib/record-json-ld";
import { loadMeasure } from "@/lib/record-loaders";
import { pageLocale, recordIdFromParam } from "@/lib/record-page";
import { feedLinkTypes } from "@/lib/social-metadata";

type Props = { params: Promise<{ locale: string; id: string }> };

// Rendered on first visit, then cached like every page under [locale] (see its layout): no id is
// built ahead, and any id may be asked for.
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, id } = await params;
  const measure = await loadMeasure(recordIdFromParam(id), pageLocale(locale));
  const t = await getTranslations({ locale, namespace: "records.measure" });
  return {
    title: measure.title,
    description: measure.abstract ?? t("metaDescription", { title: measure.title }),
    alternates: { types: await feedLinkTypes(pageLocale(locale), { kind: "measure", id: measure.id }) },
  };
}

export default async function MeasurePage({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const measure = await loadMeasure(recordIdFromParam(id), pageLocale(locale));
  const t = await getTranslations("records");
  const lang = measure.recordLanguage;
  const link = "text-primary underline";
  const jsonLd = await measureJsonLdFor(measure.id, pageLocale(locale));

  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-6">
      <JsonLd data={jsonLd} />
      <Breadcrumbs
        trail={
          measure.body
            ? [
                {
                  href: `/bodies/${encodeURIComponent(measure.body.id)}`,
                  label: <RecordText lang={lang}>{measure.body.name}</RecordText>,
                },
              ]
            : []
        }
        current={<RecordText lang={lang}>{measure.title}</RecordText>}
      />
      <RecordHeading kind={t("measure.kindLabel")}>
        <RecordText lang={lang}>{measure.title}</RecordText>
      </RecordHeading>
      {measure.abstract ? (
        <p className="mt-4 text-lg">
          <span className="sr-only">{t("measure.abstract")}: </span>
          <RecordText lang={lang}>{measure.abstract}</RecordText>
          <SourceRefs numbers={measure.sourceNumbers} />
        </p>
      ) : null}

      <div className="mt-6">
        <RecordFacts
          facts={[
            { label: t("measure.facts.identifier"), value: measure.identifier ?? t("notOnRecord") },
            { label: t("measure.facts.kind"), value: t(`measureKind.${measure.classification}`) },
            {
              label: t("measure.facts.body"),
              value: measure.body ? (
                <Link href={`/bodies/${encodeURIComponent(measure.body.id)}`} className={link}>
                  <RecordText lang={lang}>{measure.body.name}</RecordText>
                </Link>
              ) : (
                t("notOnRecord")
              ),
            },
            { label: t("measure.facts.session"), value: measure.session ?? t("notOnRecord") },
          ]}
        />
      </div>

      {measure.explainer ? (
        <aside
          aria-labelledby="explainer-title"
          className="mt-6 rounded-card border-l-8 border-primary bg-primary-light p-4"
        >
          <h2 id="explainer-title" className="font-bold">
            {t("measure.explainerTitle")}
          </h2>
          <p className="mt-1">
            <Link
              href={`/explainers/${encodeURIComponent(measure.id)}`}
              {...(measure.explainer.locale !== locale
                ? { locale: measure.explainer.locale, hrefLang: measure.explainer.locale }
                : {})}
              className="font-bold text-primary-dark underline"
            >
              {t.rich("measure.explainerLink", {
                headline: measure.explainer.headline,
                record: (chunks) => <RecordText lang={measure.explainer?.locale ?? lang}>{chunks}</RecordText>,
              })}
            </Link>
          </p>
          {measure.explainer.locale !== locale ? (
            <p className="mt-1 text-sm">
              {t("measure.explainerOtherLanguage", { language: t(`language.${measure.explainer.locale}`) })}
            </p>
          ) : null}
        </aside>
      ) : null}

      <RecordSection id="stage" title={t("measure.stageTitle")}>
        <p className="text-xl font-bold">{measure.stage.label}</p>
        {measure.stage.since ? (
          <>
            <p className="text-muted">
              {t("measure.stageSince", { date: measure.stage.since })}
              <InferredMark inferred={measure.stage.sinceInferred} />
            </p>
            <InferredDetails inferred={measure.stage.sinceInferred} />
          </>
        ) : null}
        {measure.stage.workedOut ? (
          <p className="text-sm text-muted">
            {t("measure.stageWorkedOut")}
            {measure.stage.workedOut.citations.map((citation) => (
              <CitationRef key={`${citation.number}-${citation.locator}`} citation={citation} />
            ))}
          </p>
        ) : null}
        <h3 className="pt-2 text-lg font-bold">{t("measure.nextTitle")}</h3>
        <ul className="list-disc space-y-1 pl-6">
          {measure.nextSteps.map((step) => (
            <li key={step.text}>
              {step.text}
              {step.citations.map((citation) => (
                <CitationRef key={`${citation.number}-${citation.locator}`} citation={citation} />
              ))}
            </li>
          ))}
        </ul>
      </RecordSection>

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

      <RecordSection id="meetings" title={t("meeting.measureMeetingsTitle")}>
        {measure.meetings.length ? (
          <MeetingList meetings={measure.meetings} recordLanguage={lang} />
        ) : (
          <p>{t("meeting.measureMeetingsEmpty")}</p>
        )}
      </RecordSection>

      <RecordSection id="votes" title={t("measure.votesTitle")}>
        <VoteSummaryList votes={measure.votes} recordLanguage={lang} showMeasure={false} />
      </RecordSection>

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

      <RecordSection id="statements" title={t("measure.statementsTitle")}>
        <StatementList statements={measure.statements} recordLanguage={lang} show="speaker" />
      </RecordSection>

      <RecordSection id="text" title={t("measure.textTitle")}>
        {measure.textSections.length ? (
          <div className="space-y-4">
            {measure.textSections.map((section, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: sections keep their order and may share a number.
              <section key={index} lang={lang === locale ? undefined : lang}>
                {section.number || section.heading ? (
                  <h3 className="font-bold">{[section.number, section.heading].filter(Boolean).join(". ")}</h3>
                ) : null}
                <p className="whitespace-pre-line">{section.text}</p>
              </section>
            ))}
          </div>
        ) : (
          <p>{t("measure.textEmpty")}</p>
        )}
      </RecordSection>

      <RecordSection id="related" title={t("measure.relatedTitle")}>
        {measure.relatedMeasures.length ? (
          <ul className="space-y-2">
            {measure.relatedMeasures.map((related) => {
              const name = (
                <RecordText lang={lang}>{related.title ?? related.identifier ?? t("notOnRecord")}</RecordText>
              );
              return (
                <li key={`${related.relation}-${related.measureId ?? related.title ?? related.identifier}`}>
                  <span className="block text-sm font-bold text-muted">{t(`relation.${related.relation}`)}</span>
                  {related.measureId ? (
                    <Link href={`/measures/${encodeURIComponent(related.measureId)}`} className={link}>
                      {name}
                    </Link>
                  ) : (
                    name
                  )}
                </li>
              );
            })}
          </ul>
        ) : (
          <p>{t("measure.relatedEmpty")}</p>
        )}
      </RecordSection>

      <SourcesList sources={measure.sources} recordLanguage={lang} />
    </main>
  );
}
