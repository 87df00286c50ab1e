import { readBrowseFilters, SEARCH_COUNT_CAP, SearchFiltersSchema } from "@legible/core";
import { Notice } from "@legible/ui/notice";
import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { FollowByEmail } from "@/components/alerts/follow-by-email";
import { BrowsePager } from "@/components/browse/browse-pager";
import { IgnoredValues } from "@/components/browse/ignored-values";
import { SearchEmpty } from "@/components/search/search-empty";
import { SearchFacets } from "@/components/search/search-facets";
import { SearchForm } from "@/components/search/search-form";
import { searchHref } from "@/components/search/search-href";
import { SearchResults } from "@/components/search/search-results";
import { SearchSort } from "@/components/search/search-sort";
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

/**
 * The address's query (the first `q`, whatever else was sent), its facets and order and its
 * page, each read on its own: a value that does not fit is left out and named.
 */
async function readAddress(searchParams: Props["searchParams"]) {
  const values = await searchParams;
  const q = Array.isArray(values.q) ? values.q[0] : values.q;
  return { query: q ?? "", ...readBrowseFilters(SearchFiltersSchema, values) };
}

type Address = Awaited<ReturnType<typeof readAddress>>;

/**
 * Runs the search, or says why it could not: a query longer than the router accepts. A page past
 * the last is the 404 page, as on the other lists.
 */
async function search({ query, filters, page }: Address, locale: string): Promise<SearchView | "too-long"> {
  if (query.length > SEARCH_MAX_LENGTH) return "too-long";
  try {
    return await (await getPublicApi()).search.query({ q: query, locale: pageLocale(locale), filters, page });
  } catch (error) {
    if (error instanceof TRPCError && error.code === "BAD_REQUEST") return "too-long";
    if (error instanceof TRPCError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale } = await params;
  const { query, page } = await readAddress(searchParams);
  const t = await getTranslations({ locale, namespace: "search" });
  const shown = query.trim().slice(0, 60);
  return {
    title: shown
      ? page > 1
        ? t("metaTitlePage", { query: shown, page })
        : t("titleWithQuery", { query: shown })
      : t("title"),
    description: t("metaDescription"),
    // Result pages are endless and change with the records; the search page itself is enough to index.
    ...(shown ? { robots: { index: false, follow: true } } : {}),
    ...(await searchFeedMetadata(pageLocale(locale), query, SEARCH_MAX_LENGTH)),
  };
}

export default async function SearchPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("search");
  const address = await readAddress(searchParams);
  const { query } = address;
  const view = await search(address, locale);

  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-6">
      <h1 className="font-serif text-3xl font-bold">{t("title")}</h1>
      <div className="mt-4">
        <SearchForm query={query.slice(0, SEARCH_MAX_LENGTH)} sort={address.filters.sort} />
      </div>
      <IgnoredValues names={address.ignored} />
      <div className="mt-8">
        {view === "too-long" ? (
          <Notice title={t("tooLongTitle")}>{t("tooLong", { max: SEARCH_MAX_LENGTH })}</Notice>
        ) : view.state === "empty" ? (
          <p>{t("empty")}</p>
        ) : view.state === "no-words" ? (
          <Notice title={t("noWordsTitle")}>{t("noWords", { query: view.query })}</Notice>
        ) : view.state === "no-results" ? (
          <SearchEmpty query={view.query} filters={view.filters} />
        ) : (
          <SearchFound view={view} />
        )}
      </div>
      <FollowByEmail scope="search" target={query.trim()} />
    </main>
  );
}

/** What a search found: how many, the facets to narrow it, the order, a page of results and the pager. */
async function SearchFound({ view }: { view: SearchView }) {
  const t = await getTranslations("search");
  const { paging, capped, query, filters } = view;
  return (
    <div className="space-y-6">
      <section aria-labelledby="search-count">
        <h2 id="search-count" className="text-lg font-bold">
          {capped ? t("countCapped", { total: paging.total, query }) : t("countTotal", { total: paging.total, query })}
        </h2>
        <p className="text-muted">{capped ? t("positionCapped", paging) : t("position", paging)}</p>
        {capped ? <p className="mt-2">{t("cappedNote", { cap: SEARCH_COUNT_CAP })}</p> : null}
      </section>
      <SearchFacets view={view} />
      <SearchSort query={query} filters={filters} />
      <div>
        {view.results.length ? <SearchResults results={view.results} first={paging.first} /> : null}
        <BrowsePager paging={paging} hrefFor={(page) => searchHref(query, filters, page)} />
      </div>
    </div>
  );
}
