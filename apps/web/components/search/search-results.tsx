import { SearchHighlight } from "@legible/ui/search-highlight";
import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import type { SearchResultView } from "@/lib/record-views";

const TYPE_ORDER = ["explainer", "measure", "meeting", "person"] as const;

/** Results grouped by kind (explainers, measures, meetings, people), matched words marked, each linking to its page. */
export function SearchResults({ results }: { results: readonly SearchResultView[] }) {
  const t = useTranslations("search");
  const locale = useLocale();
  return (
    <div className="space-y-8">
      {TYPE_ORDER.map((type) => {
        const group = results.filter((result) => result.type === type);
        if (!group.length) return null;
        return (
          <section key={type} aria-labelledby={`results-${type}`}>
            <h2 id={`results-${type}`} className="font-serif text-2xl font-bold">
              {t(`type.${type}`)} <span className="font-sans text-base font-normal text-muted">({group.length})</span>
            </h2>
            <ul className="mt-3 space-y-3">
              {group.map((result) => (
                <li key={`${result.type}-${result.id}`} className="rounded-card border border-line bg-paper p-4">
                  <p className="text-sm font-bold uppercase tracking-wide text-muted">
                    {t(`typeOne.${result.type}`)}
                    {result.locale !== locale
                      ? ` · ${t("inLanguage", { language: t(`language.${result.locale}`) })}`
                      : null}
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
            </ul>
          </section>
        );
      })}
    </div>
  );
}
