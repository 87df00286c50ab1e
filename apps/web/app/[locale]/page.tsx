import { RecordSection } from "@legible/ui/record-section";
import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { BrowseLinks } from "@/components/browse/browse-links";
import { RecordText } from "@/components/records/record-text";
import { VoteSummaryList } from "@/components/records/vote-summary-list";
import { SearchForm } from "@/components/search/search-form";
import { Link } from "@/i18n/navigation";
import { tagPage } from "@/lib/page-tags";
import { pageLocale } from "@/lib/record-page";
import { getPublicApi } from "@/lib/trpc-server";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const [t, common] = await Promise.all([
    getTranslations({ locale, namespace: "home" }),
    getTranslations({ locale, namespace: "common" }),
  ]);
  return { title: { absolute: `${common("siteName")}: ${t("title")}` }, description: t("metaDescription") };
}

export default async function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("home");
  const format = await getFormatter();
  const api = await getPublicApi();
  const [jurisdictions, explainers, votes] = await Promise.all([
    api.jurisdictions.list(),
    api.explainers.latest({ locale: pageLocale(locale), limit: 5 }),
    api.votes.recent({ locale: pageLocale(locale), limit: 5 }),
  ]);
  await tagPage({ jurisdictions, explainers, votes }, { shared: ["home"] });

  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-8">
      <h1 className="font-serif text-3xl font-bold leading-tight sm:text-4xl">{t("title")}</h1>
      <p className="mt-3 text-lg">{t("intro")}</p>
      <p className="mt-2 text-muted">
        {jurisdictions.length
          ? t.rich("places", {
              places: format.list(jurisdictions.map((jurisdiction) => jurisdiction.name)),
              record: (chunks) => <RecordText lang={votes.recordLanguage}>{chunks}</RecordText>,
            })
          : t("placesEmpty")}
      </p>

      <section aria-labelledby="home-search" className="mt-6 rounded-card border border-line bg-paper p-4">
        <h2 id="home-search" className="sr-only">
          {t("searchTitle")}
        </h2>
        <SearchForm id="home-search-query" />
      </section>

      <BrowseLinks />

      <RecordSection id="latest-explainers" title={t("explainersTitle")}>
        {explainers.length ? (
          <ul className="space-y-3">
            {explainers.map((explainer) => (
              <li key={explainer.explainerId} className="rounded-card border border-line bg-paper p-4">
                <h3 className="font-serif text-xl font-bold">
                  <Link
                    href={`/explainers/${encodeURIComponent(explainer.measureId)}`}
                    className="text-primary underline"
                  >
                    {explainer.headline}
                  </Link>
                </h3>
                {explainer.summary ? <p className="mt-2">{explainer.summary}</p> : null}
                <p className="mt-2 text-sm text-muted">
                  {t("published", { date: format.dateTime(new Date(explainer.publishedAt), { dateStyle: "long" }) })}
                </p>
              </li>
            ))}
          </ul>
        ) : (
          <p>{t("explainersEmpty")}</p>
        )}
      </RecordSection>

      <RecordSection id="recent-votes" title={t("votesTitle")}>
        {votes.votes.length ? (
          <VoteSummaryList votes={votes.votes} recordLanguage={votes.recordLanguage} />
        ) : (
          <p>{t("votesEmpty")}</p>
        )}
      </RecordSection>
    </main>
  );
}
