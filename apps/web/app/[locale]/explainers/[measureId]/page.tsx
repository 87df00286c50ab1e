import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { cache } from "react";
import { Background } from "@/components/explainer/background";
import { Contents } from "@/components/explainer/contents";
import { Glossary } from "@/components/explainer/glossary";
import { NextSteps } from "@/components/explainer/next-steps";
import { Perspectives } from "@/components/explainer/perspectives";
import { Questions } from "@/components/explainer/questions";
import { RecordsChanged } from "@/components/explainer/records-changed";
import { ExplainerSection } from "@/components/explainer/section";
import { SourcesList } from "@/components/explainer/sources-list";
import { SummaryBox } from "@/components/explainer/summary-box";
import { TextSection } from "@/components/explainer/text-section";
import { Timeline } from "@/components/explainer/timeline";
import { Updates } from "@/components/explainer/updates";
import { VoteCard } from "@/components/explainer/vote-card";
import { WhosWho } from "@/components/explainer/whos-who";
import { JsonLd } from "@/components/json-ld";
import { isAppLocale } from "@/i18n/routing";
import { explainerJsonLdFor } from "@/lib/record-json-ld";
import { unlessMissing } from "@/lib/route-responses";
import { explainerSocialMetadata, feedLinkTypes } from "@/lib/social-metadata";
import { getPublicApi } from "@/lib/trpc-server";

interface Props {
  params: Promise<{ locale: string; measureId: string }>;
}

// Rendered on first visit, then cached like every page under [locale] (see its layout).
export function generateStaticParams() {
  return [];
}

/** One tRPC call per render: the page and its metadata share it through React's cache. */
const loadExplainer = cache(async (measureId: string, locale: string) => {
  if (!isAppLocale(locale)) return null;
  const api = await getPublicApi();
  // A malformed id cannot name a published explainer either: both are "no such page".
  return unlessMissing(() => api.explainers.page({ measureId, locale }));
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, measureId } = await params;
  const view = await loadExplainer(measureId, locale);
  if (!view) return {};
  return {
    title: view.headline,
    description: view.description,
    ...(await explainerSocialMetadata(view.locale, measureId)),
    alternates: { types: await feedLinkTypes(view.locale, { kind: "measure", id: measureId }) },
  };
}

export default async function ExplainerPage({ params }: Props) {
  const { locale, measureId } = await params;
  setRequestLocale(locale);
  const view = await loadExplainer(measureId, locale);
  if (!view) notFound();
  const t = await getTranslations("explainer");
  const recordLang = view.recordsLocale === view.locale ? undefined : view.recordsLocale;
  const jsonLd = await explainerJsonLdFor(measureId, view.locale);

  // Sections in the order the view numbers sources; "On this page" lists those shown.
  const sections = [
    { id: "what-it-does", title: t("sections.whatItDoes"), shown: view.whatItDoes !== null },
    { id: "what-it-does-not-do", title: t("sections.whatItDoesNotDo"), shown: view.whatItDoesNotDo !== null },
    { id: "who-it-affects", title: t("sections.whoItAffects"), shown: view.whoItAffects !== null },
    { id: "vote", title: t("sections.vote"), shown: true },
    { id: "next", title: t("sections.next"), shown: true },
    { id: "timeline", title: t("sections.timeline"), shown: view.timeline.length > 0 },
    { id: "who", title: t("sections.who"), shown: view.people.length + view.bodies.length > 0 },
    { id: "perspectives", title: t("sections.perspectives"), shown: view.perspectives !== null },
    {
      id: "background",
      title: t("sections.background"),
      shown: view.background !== null || view.relatedMeasures.length > 0,
    },
    { id: "questions", title: t("sections.questions"), shown: view.questions !== null },
    { id: "glossary", title: t("sections.glossary"), shown: view.glossary !== null },
    { id: "sources", title: t("sections.sources"), shown: view.sources.length > 0 },
    { id: "updates", title: t("sections.updates"), shown: true },
  ].filter((section) => section.shown);

  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-6 sm:py-10">
      <JsonLd data={jsonLd} />
      <article>
        <header>
          <p className="text-sm font-bold tracking-wide text-primary-dark uppercase">
            {t("kicker", { kind: t(`classification.${view.measure.classification}`) })}
          </p>
          <h1 className="mt-2 font-serif text-3xl leading-tight font-bold sm:text-4xl">{view.headline}</h1>
          <p className="mt-3 text-sm text-muted">
            {t.rich("lastUpdated", {
              date: () => <time dateTime={view.lastUpdated.publishedAt}>{view.lastUpdated.date}</time>,
            })}
          </p>
          {recordLang ? <p className="mt-1 text-sm text-muted">{t("recordsLanguage")}</p> : null}
        </header>

        <RecordsChanged changed={view.recordsChanged} />
        <SummaryBox view={view} recordLang={recordLang} />
        <Contents sections={sections} />

        <TextSection id="what-it-does" title={t("sections.whatItDoes")} block={view.whatItDoes} />
        <TextSection id="what-it-does-not-do" title={t("sections.whatItDoesNotDo")} block={view.whatItDoesNotDo} />
        <TextSection id="who-it-affects" title={t("sections.whoItAffects")} block={view.whoItAffects} />
        <ExplainerSection id="vote" title={t("sections.vote")}>
          {view.votes.length === 0 ? <p className="mt-3">{t("vote.none")}</p> : null}
          {view.votes.map((vote) => (
            <VoteCard key={vote.id} vote={vote} recordLang={recordLang} />
          ))}
        </ExplainerSection>
        <NextSteps stage={view.stage} block={view.whatHappensNext} />
        <Timeline items={view.timeline} recordLang={recordLang} />
        <WhosWho people={view.people} bodies={view.bodies} recordLang={recordLang} />
        <Perspectives view={view.perspectives} recordLang={recordLang} />
        <Background block={view.background} related={view.relatedMeasures} recordLang={recordLang} />
        <Questions questions={view.questions} />
        <Glossary glossary={view.glossary} />
        <SourcesList sources={view.sources} recordLang={recordLang} />
        <Updates lastUpdated={view.lastUpdated} corrections={view.corrections} />
      </article>
    </main>
  );
}
