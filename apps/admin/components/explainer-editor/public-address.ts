import type { Locale } from "@legible/core";

/** The public page of a measure's explainer: /explainers/<id> in English, /es/explainers/<id> in Spanish. */
export function publicExplainerUrl(publicUrl: string, measureId: string, locale: Locale): string {
  const path = `${locale === "es" ? "/es" : ""}/explainers/${encodeURIComponent(measureId)}`;
  return new URL(path, publicUrl).toString();
}
