import { RecordFacts } from "@legible/ui/record-facts";
import { RecordSection } from "@legible/ui/record-section";
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { FollowByEmail } from "@/components/alerts/follow-by-email";
import { HaveYourSay } from "@/components/have-your-say/have-your-say";
import { JsonLd } from "@/components/json-ld";
import { CalendarLinks } from "@/components/meetings/calendar-links";
import { MeetingList } from "@/components/meetings/meeting-list";
import { Breadcrumbs } from "@/components/records/breadcrumbs";
import { RecordHeading } from "@/components/records/record-heading";
import { RecordText } from "@/components/records/record-text";
import { SourceRefs } from "@/components/records/source-refs";
import { SourcesList } from "@/components/records/sources-list";
import { StatementList } from "@/components/records/statement-list";
import { VoteSummaryList } from "@/components/records/vote-summary-list";
import { Link } from "@/i18n/navigation";
import { loadHaveYourSay } from "@/lib/have-your-say";
import { measureJsonLdFor } from "@/lib/record-json-ld";
import { loadMeasure } from "@/lib/record-loaders";
import { pageLocale, recordIdFromParam } from "@/lib/record-page";
import { feedLinkTypes } from "@/lib/social-metadata";
import { ExplainerCallout } from "./explainer-callout";
import { MeasureSponsors } from "./measure-sponsors";
import { MeasureStage } from "./measure-stage";
import { MeasureText } from "./measure-text";
import { MeasureTimeline } from "./measure-timeline";
import { RelatedMeasures } from "./related-measures";

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
        list="measures"
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

      <ExplainerCallout measure={measure} />

      <MeasureStage measure={measure} />

      <MeasureTimeline measure={measure} />

      <RecordSection id="meetings" title={t("meeting.measureMeetingsTitle")}>
        {measure.meetings.length ? (
          <>
            <MeetingList meetings={measure.meetings} recordLanguage={lang} />
            <CalendarLinks follow={{ scope: { kind: "measure", id: measure.id }, name: measure.title }} />
          </>
        ) : (
          <p>{t("meeting.measureMeetingsEmpty")}</p>
        )}
      </RecordSection>

      {measure.body ? <HaveYourSay view={await loadHaveYourSay(measure.body.id, pageLocale(locale))} /> : null}

      <RecordSection id="votes" title={t("measure.votesTitle")}>
        <VoteSummaryList votes={measure.votes} recordLanguage={lang} showMeasure={false} />
      </RecordSection>

      <MeasureSponsors measure={measure} />

      <RecordSection id="statements" title={t("measure.statementsTitle")}>
        <StatementList statements={measure.statements} recordLanguage={lang} show="speaker" />
      </RecordSection>

      <MeasureText measure={measure} />

      <RelatedMeasures measure={measure} />

      <SourcesList sources={measure.sources} recordLanguage={lang} />
      <FollowByEmail scope="measure" target={measure.id} />
    </main>
  );
}
