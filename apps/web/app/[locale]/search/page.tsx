import { Notice } from "@legible/ui/notice";
import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { SearchForm } from "@/components/search/search-form";
import { SearchResults } from "@/components/search/search-results";
import { pageLocale } from "@/lib/record-page";
import type { SearchView } from "@/lib/record-views";
import { SEARCH_MAX_LENGTH } from "@/lib/search-limits";
import { searchFeedMetadata } from "@/lib/social-metadata";
import { getPublicApi } from "@/lib/trpc-server";

// Results depend on the query in the address, so this page is rendered for each request.
export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** The query in the address: the first `q`, whatever else was sent. */
async function queryFrom(searchParams: Props["searchParams"]): Promise<string> {
  const q = (await searchParams).q;
  return (Array.isArray(q) ? q[0] : q) ?? "";
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale } = await params;
  const query = (await queryFrom(searchParams)).trim();
  const t = await getTranslations({ locale, namespace: "search" });
  return {
    title: query ? t("titleWithQuery", { query: query.slice(0, 60) }) : t("title"),
    description: t("metaDescription"),
    // Result pages are endless and change with the records; the search page itself is enough to index.
    ...(query ? { robots: { index: false, follow: true } } : {}),
    ...(await searchFeedMetadata(pageLocale(locale), query, SEARCH_MAX_LENGTH)),
  };
}

/** Runs the search, or says why it could not: a query longer than the router accepts. */
async function search(query: string, locale: string): Promise<SearchView | "too-long"> {
  if (query.length > SEARCH_MAX_LENGTH) return "too-long";
  try {
    return await (await getPublicApi()).search.query({ q: query, locale: pageLocale(locale) });
  } catch (error) {
    if (error instanceof TRPCError && error.code === "BAD_REQUEST") return "too-long";
    throw error;
  }
}

export default async function SearchPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("search");
  const query = await queryFrom(searchParams);
  const view = await search(query, locale);

  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-6">
      <h1 className="font-serif text-3xl font-bold">{t("title")}</h1>
      <div className="mt-4">
        <SearchForm query={query.slice(0, SEARCH_MAX_LENGTH)} />
      </div>
      <div className="mt-8">
        {view === "too-long" ? (
          <Notice title={t("tooLongTitle")}>{t("tooLong", { max: SEARCH_MAX_LENGTH })}</Notice>
        ) : view.state === "empty" ? (
          <p>{t("empty")}</p>
        ) : view.state === "no-words" ? (
          <Notice title={t("noWordsTitle")}>{t("noWords", { query: view.query })}</Notice>
        ) : view.state === "no-results" ? (
          <Notice title={t("noResultsTitle")}>{t("noResults", { query: view.query })}</Notice>
        ) : (
          <>
            <p className="mb-6 text-lg font-bold">{t("count", { count: view.results.length, query: view.query })}</p>
            <SearchResults results={view.results} />
          </>
        )}
      </div>
    </main>
  );
}
