import { SEARCH_COUNT_CAP, SEARCH_FACETS, type SearchFacet, type SearchFilters } from "@legible/core";
import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import type { SearchView } from "@/lib/record-views";
import { searchHref } from "./search-href";

/** The most values a facet lists: a common word touches hundreds of bodies; the busiest come first. */
const MOST_VALUES = 12;

type Choice = { value: string; label: string; count: number; lang?: string };

/**
 * What the results can be narrowed to, facet by facet, each value a link with how many results
 * have it (kept in the address, so it works without JavaScript and can be shared). A chosen value
 * is named with a link that takes it off. When more matched than search counts, the counts are
 * floors and say so.
 */
export function SearchFacets({ view }: { view: SearchView }) {
  const t = useTranslations("search.facets");
  const tb = useTranslations("browse.stages");
  const ts = useTranslations("search.type");
  const locale = useLocale();
  const { facets, filters, query, capped } = view;
  const recordLang = locale === "en" ? undefined : "en";
  const choices: Record<SearchFacet, Choice[]> = {
    kind: facets.kind.map((c) => ({ ...c, label: ts(c.value as "measure") })),
    stage: facets.stage.map((c) => ({ ...c, label: tb(c.value as "introduced") })),
    body: facets.body.map((c) => ({ value: c.value, count: c.count, label: c.name, lang: recordLang })),
    year: facets.year.map((c) => ({ ...c, label: c.value })),
  };
  const chosenLabel = (facet: SearchFacet, value: string) =>
    choices[facet].find((choice) => choice.value === value)?.label ??
    (facet === "kind" ? ts(value as "measure") : facet === "stage" ? tb(value as "introduced") : value);
  const count = (n: number) => (capped ? t("countCapped", { count: n }) : t("count", { count: n }));
  const narrowed = SEARCH_FACETS.some((facet) => filters[facet] !== undefined);
  return (
    <nav aria-labelledby="search-facets-title" className="rounded-card border border-line bg-paper p-4">
      <h2 id="search-facets-title" className="font-serif text-xl font-bold">
        {t("title")}
      </h2>
      {capped ? <p className="mt-1 text-sm text-muted">{t("cappedCounts", { cap: SEARCH_COUNT_CAP })}</p> : null}
      <div className="mt-3 grid gap-4 sm:grid-cols-2">
        {SEARCH_FACETS.map((facet) => {
          const chosen = filters[facet];
          const listed = choices[facet].slice(0, MOST_VALUES);
          if (chosen === undefined && !listed.length) return null;
          return (
            <section key={facet} aria-labelledby={`facet-${facet}`}>
              <h3 id={`facet-${facet}`} className="font-bold">
                {t(facet)}
              </h3>
              <ul className="mt-1 space-y-1">
                {chosen !== undefined ? (
                  <li>
                    <span className="font-bold" lang={facet === "body" ? recordLang : undefined}>
                      {chosenLabel(facet, String(chosen))}
                    </span>{" "}
                    <Link
                      href={searchHref(query, { ...filters, [facet]: undefined } as SearchFilters)}
                      className="text-primary underline"
                    >
                      {t("remove")}
                      <span className="sr-only">: {chosenLabel(facet, String(chosen))}</span>
                    </Link>
                  </li>
                ) : (
                  listed.map((choice) => (
                    <li key={choice.value}>
                      <Link
                        href={searchHref(query, {
                          ...filters,
                          [facet]: facet === "year" ? Number(choice.value) : choice.value,
                        } as SearchFilters)}
                        className="text-primary underline"
                      >
                        <span lang={choice.lang}>{choice.label}</span>
                      </Link>{" "}
                      <span className="text-muted">({count(choice.count)})</span>
                    </li>
                  ))
                )}
              </ul>
            </section>
          );
        })}
      </div>
      {narrowed ? (
        <p className="mt-4">
          <Link href={searchHref(query, { sort: filters.sort })} className="text-primary underline">
            {t("clearAll")}
          </Link>
        </p>
      ) : null}
    </nav>
  );
}
