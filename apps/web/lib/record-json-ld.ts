import type { AppLocale } from "../i18n/routing";
import { loadExplainerCard } from "./explainer-card";
import { tagPage } from "./page-tags";
import { unlessMissing } from "./route-responses";
import { bodyJsonLd, explainerJsonLd, measureJsonLd, personJsonLd } from "./structured-data";
import { getPublicApi } from "./trpc-server";

// Structured data for the record pages, read through the public API (one small read, cached
// with the page). Pages render the result with <JsonLd>; a record that is not there gives null.

/** The records behind a page's structured data; the page is tagged with them like with its view. */
async function jsonLdRecords(kind: "measure" | "person" | "body", id: string) {
  const api = await getPublicApi();
  const found = await unlessMissing(() => api.site.jsonLdRecords({ kind, id }));
  await tagPage(found);
  return found;
}

async function measureContext(measureId: string, locale: AppLocale) {
  const found = await jsonLdRecords("measure", measureId);
  if (found?.kind !== "measure") return null;
  const { measure, jurisdiction, stage } = found;
  // The stage as the measure's page shows it: worked out in the API from the rules, its votes and today.
  return { measure, locale, ...(jurisdiction ? { jurisdiction } : {}), stage };
}

/** schema.org `Legislation` for a measure page. */
export async function measureJsonLdFor(measureId: string, locale: AppLocale) {
  const context = await measureContext(measureId, locale);
  return context && measureJsonLd(context);
}

/** schema.org `Article` (as last published) about the measure's `Legislation`, for an explainer page. */
export async function explainerJsonLdFor(measureId: string, locale: AppLocale) {
  const [card, context] = await Promise.all([loadExplainerCard(measureId, locale), measureContext(measureId, locale)]);
  return card && context && explainerJsonLd({ ...context, explainer: card.explainer });
}

/** schema.org `Person`, with their terms as roles, for a person page. */
export async function personJsonLdFor(personId: string, locale: AppLocale) {
  const found = await jsonLdRecords("person", personId);
  return found?.kind === "person" ? personJsonLd({ ...found, locale }) : null;
}

/** schema.org `GovernmentOrganization`, `PoliticalParty` or `Organization` for a body page. */
export async function bodyJsonLdFor(bodyId: string, locale: AppLocale) {
  const found = await jsonLdRecords("body", bodyId);
  return found?.kind === "body"
    ? bodyJsonLd({ body: found.body, locale, ...(found.parent ? { parent: found.parent } : {}) })
    : null;
}
