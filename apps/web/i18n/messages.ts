import { SHARED_MESSAGES } from "@legible/ui/explainer";
import type { AppLocale } from "./routing";

/**
 * Interface strings, one file per area of the site (messages/<locale>/<area>.json), merged into
 * one namespace per area: `useTranslations("records")` reads messages/<locale>/records.json.
 * The explainer's own words, a vote's decision in words and the "worked out" marks live in
 * packages/ui (its messages folder), because the staff preview says them too; they are merged
 * in here as the `explainer`, `votes` and `common.inferred` namespaces.
 */
export const MESSAGE_AREAS = ["common", "home", "records", "search", "machine", "browse", "alerts"] as const;

export async function loadMessages(locale: AppLocale): Promise<Record<string, Record<string, unknown>>> {
  const entries = await Promise.all(
    MESSAGE_AREAS.map(async (area) => [area, (await import(`../messages/${locale}/${area}.json`)).default] as const),
  );
  const areas: Record<string, Record<string, unknown>> = Object.fromEntries(entries);
  const shared = SHARED_MESSAGES[locale];
  return {
    ...areas,
    common: { ...areas.common, inferred: shared.inferred },
    explainer: shared.explainer,
    votes: shared.votes,
  };
}
