import { type ExplainerWords, explainerWords, type RecordKind } from "@legible/ui/explainer";
import { getPathname } from "@/i18n/navigation";
import type { AppLocale } from "@/i18n/routing";

const FOLDERS: Record<RecordKind, string> = { measure: "measures", vote: "votes", person: "people", body: "bodies" };

/** A record's page on this site, in `locale`: /measures/x, or /es/measures/x. */
export function recordPath(locale: AppLocale, kind: RecordKind, id: string): string {
  return getPathname({ href: `/${FOLDERS[kind]}/${encodeURIComponent(id)}`, locale });
}

/**
 * The explainer's words for this site's page in `locale`, its record links pointing here. The
 * words come from packages/ui's catalogue, which the staff preview reads too (see its messages).
 */
export function siteExplainerWords(locale: AppLocale): ExplainerWords {
  return explainerWords(locale, (kind, id) => recordPath(locale, kind, id));
}
