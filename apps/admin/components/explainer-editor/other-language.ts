import type { Locale } from "@legible/core";

/** The other language Legible publishes in. */
export function otherLocale(locale: Locale): Locale {
  return locale === "en" ? "es" : "en";
}

/** "English", "Spanish". */
export const LANGUAGE_NAMES: Record<Locale, string> = { en: "English", es: "Spanish" };
