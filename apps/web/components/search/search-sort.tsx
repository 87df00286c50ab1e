import { SEARCH_SORTS, type SearchFilters } from "@legible/core";
import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { searchHref } from "./search-href";

/** Best match or newest first: two links (the current one marked), so it works without JavaScript. */
export function SearchSort({ query, filters }: { query: string; filters: SearchFilters }) {
  const t = useTranslations("search.sort");
  return (
    <nav aria-labelledby="search-sort-label" className="flex flex-wrap items-center gap-x-4 gap-y-2">
      <span id="search-sort-label" className="font-bold">
        {t("label")}
      </span>
      <ul className="flex flex-wrap gap-4">
        {SEARCH_SORTS.map((sort) => (
          <li key={sort}>
            <Link
              href={searchHref(query, { ...filters, sort })}
              aria-current={filters.sort === sort ? "true" : undefined}
              className={
                filters.sort === sort
                  ? "inline-block border-b-4 border-primary py-1 font-bold text-ink no-underline"
                  : "inline-block py-1 text-primary underline"
              }
            >
              {t(sort)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
