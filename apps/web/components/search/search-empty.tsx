import { narrowsSearch, type SearchFilters } from "@legible/core";
import { EmptyState } from "@legible/ui/empty-state";
import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { searchHref } from "./search-href";

const LISTS = ["measures", "people", "bodies", "meetings"] as const;

/** Found nothing: what to try next, in plain words, with the way back without filters and the lists. */
export function SearchEmpty({ query, filters }: { query: string; filters: SearchFilters }) {
  const t = useTranslations("search.emptyState");
  const nav = useTranslations("browse.nav");
  const narrowed = narrowsSearch(filters);
  return (
    <EmptyState title={narrowed ? t("titleNarrowed", { query }) : t("title", { query })}>
      <p>{t("intro")}</p>
      <ul className="mt-2 list-disc space-y-1 pl-6 text-ink">
        {narrowed ? (
          <li>
            <Link href={searchHref(query, { sort: filters.sort })} className="text-primary underline">
              {t("clear")}
            </Link>
          </li>
        ) : null}
        <li>{t("fewerWords")}</li>
        <li>{t("spelling")}</li>
        <li>{t("shorter")}</li>
        <li>
          {t("browse")}{" "}
          {LISTS.map((list, index) => (
            <span key={list}>
              {index ? ", " : null}
              <Link href={`/${list}`} className="text-primary underline">
                {nav(list)}
              </Link>
            </span>
          ))}
        </li>
      </ul>
    </EmptyState>
  );
}
