import type { AppLocale } from "./routing";

/**
 * Interface strings, one file per area of the site (messages/<locale>/<area>.json), merged into
 * one namespace per area: `useTranslations("explainer")` reads messages/<locale>/explainer.json.
 */
export const MESSAGE_AREAS = ["common", "home", "explainer", "records", "search", "machine", "votes"] as const;

export async function loadMessages(locale: AppLocale): Promise<Record<string, Record<string, unknown>>> {
  const entries = await Promise.all(
    MESSAGE_AREAS.map(async (area) => [area, (await import(`../messages/${locale}/${area}.json`)).default] as const),
  );
  return Object.fromEntries(entries);
}
