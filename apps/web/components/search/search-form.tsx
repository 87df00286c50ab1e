import type { SearchSort } from "@legible/core";
import { getLocale, getTranslations } from "next-intl/server";
import { getPathname } from "@/i18n/navigation";
import { SEARCH_MAX_LENGTH } from "@/lib/search-limits";

/**
 * A plain GET form to the search page: it works without JavaScript, and results have an address
 * to share. A new search keeps the chosen order and starts without filters.
 */
export async function SearchForm({
  query = "",
  id = "search-query",
  sort = "relevance",
}: {
  query?: string;
  id?: string;
  sort?: SearchSort;
}) {
  const t = await getTranslations("search");
  const locale = await getLocale();
  return (
    <search>
      <form action={getPathname({ href: "/search", locale })} method="get" className="space-y-2">
        <label htmlFor={id} className="block font-bold">
          {t("label")}
        </label>
        <p id={`${id}-hint`} className="text-sm text-muted">
          {t("hint")}
        </p>
        {sort !== "relevance" ? <input type="hidden" name="sort" value={sort} /> : null}
        <div className="flex flex-wrap gap-2">
          <input
            id={id}
            name="q"
            type="search"
            defaultValue={query}
            maxLength={SEARCH_MAX_LENGTH}
            aria-describedby={`${id}-hint`}
            autoComplete="off"
            className="min-h-11 min-w-0 flex-1 rounded-card border-2 border-ink bg-paper px-3 py-2 text-lg"
          />
          <button
            type="submit"
            className="min-h-11 rounded-card bg-primary px-5 py-2 font-bold text-paper hover:bg-primary-dark"
          >
            {t("submit")}
          </button>
        </div>
      </form>
    </search>
  );
}
