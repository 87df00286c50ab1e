import type { Locale } from "@legible/core";

/** A new explainer's id from its measure and language: `explainer-<measure>-<locale>` (one per measure and language). */
export function explainerIdFor(measureId: string, locale: Locale): string {
  const slug = measureId
    .replace(/^measure-/, "")
    .replace(/[^A-Za-z0-9._~-]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 150);
  return `explainer-${slug || "measure"}-${locale}`;
}
