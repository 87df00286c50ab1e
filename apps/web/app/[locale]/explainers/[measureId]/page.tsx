import { pageTag } from "@legible/core";
import { ExplainerArticle } from "@legible/ui/explainer";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { cache } from "react";
import { siteExplainerWords } from "@/components/explainer/explainer-words";
import { JsonLd } from "@/components/json-ld";
import { isAppLocale } from "@/i18n/routing";
import { tagPage } from "@/lib/page-tags";
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
  const view = await unlessMissing(() => api.explainers.page({ measureId, locale }));
  // Not found yet is cached too: publishing the explainer refreshes it by its own tag. It shows
  // what belongs to its measure (votes, steps, statements): it is one of the measure's own pages.
  await tagPage(view, { own: { kind: "explainer", id: measureId }, shared: [pageTag("measure", measureId)] });
  return view;
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
  const jsonLd = await explainerJsonLdFor(measureId, view.locale);

  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-6 sm:py-10">
      <JsonLd data={jsonLd} />
      <ExplainerArticle view={view} words={siteExplainerWords(view.locale)} />
    </main>
  );
}
