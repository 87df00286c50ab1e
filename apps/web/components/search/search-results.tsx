import { SearchHighlight } from "@legible/ui/search-highlight";
import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import type { SearchResultView } from "@/lib/record-views";

/**
 * One page of results in the search's own order (best match or newest first), each with its
 * kind, the matched words marked, and a link to its page.
 */
export function SearchResults({ results, first }: { results: readonly SearchResultView[]; first: number }) {
  const t = useTranslations("search");
  const locale = useLocale();
  return (
    <ol start={first} className="space-y-3">
      {results.map((result) => (
        <li key={`${result.type}-${result.id}`} className="rounded-card border border-line bg-paper p-4">
          <p className="text-sm font-bold uppercase tracking-wide text-muted">
            {t(`typeOne.${result.type}`)}
            {result.locale !== locale ? ` · ${t("inLanguage", { language: t(`language.${result.locale}`) })}` : null}
          </p>
          <h3 className="mt-1 text-lg font-bold">
            <Link
              href={result.path}
              // Only an explainer in the other language leaves the reader's language.
              {...(result.locale !== locale ? { locale: result.locale, hrefLang: result.locale } : {})}
              className="text-primary underline"
            >
              <span lang={result.textLanguage !== locale ? result.textLanguage : undefined}>
                <SearchHighlight parts={result.title} />
              </span>
            </Link>
          </h3>
          {result.snippet.length ? (
            <p className="mt-1" lang={result.textLanguage !== locale ? result.textLanguage : undefined}>
              <SearchHighlight parts={result.snippet} />
            </p>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
