import { pageTag } from "@legible/core";
import { cache } from "react";
import type { AppLocale } from "../i18n/routing";
import { tagPage } from "./page-tags";
import { unlessMissing } from "./route-responses";
import { getPublicApi } from "./trpc-server";

/**
 * An explainer as last published, read once per request however many parts of the page (its
 * social card fields, its JSON-LD, the card picture) need it. Null when it is not published.
 */
export const loadExplainerCard = cache(async (measureId: string, locale: AppLocale) => {
  const api = await getPublicApi();
  const card = await unlessMissing(() => api.site.explainerCard({ measureId, locale }));
  await tagPage(card, { own: { kind: "explainer", id: measureId }, shared: [pageTag("measure", measureId)] });
  return card;
});
