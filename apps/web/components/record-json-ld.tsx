import { measureStage } from "@legible/core";
import type { AppLocale } from "../i18n/routing";
import { unlessMissing } from "../lib/route-responses";
import { bodyJsonLd, explainerJsonLd, measureJsonLd, personJsonLd } from "../lib/structured-data";
import { getPublicApi } from "../lib/trpc-server";
import { JsonLd } from "./json-ld";

// Drop-in JSON-LD for the record pages: each reads what it describes through the public API
// (one small read, cached with the page) and renders nothing for a record that is not there.

async function measureContext(measureId: string, locale: AppLocale) {
  const api = await getPublicApi();
  const found = await unlessMissing(() => api.site.jsonLdRecords({ kind: "measure", id: measureId }));
  if (found?.kind !== "measure") return null;
  const { measure, jurisdiction, body, actions } = found;
  return {
    measure,
    locale,
    ...(jurisdiction ? { jurisdiction } : {}),
    stage: measureStage({ measure, actions, body: body ?? undefined }),
  };
}

/** schema.org `Legislation` for a measure page. */
export async function MeasureJsonLd({ measureId, locale }: { measureId: string; locale: AppLocale }) {
  const context = await measureContext(measureId, locale);
  return <JsonLd data={context && measureJsonLd(context)} />;
}

/** schema.org `Article` (as last published) about the measure's `Legislation`, for an explainer page. */
export async function ExplainerJsonLd({ measureId, locale }: { measureId: string; locale: AppLocale }) {
  const api = await getPublicApi();
  const [card, context] = await Promise.all([
    unlessMissing(() => api.site.explainerCard({ measureId, locale })),
    measureContext(measureId, locale),
  ]);
  return <JsonLd data={card && context && explainerJsonLd({ ...context, explainer: card.explainer })} />;
}

/** schema.org `Person`, with their terms as roles, for a person page. */
export async function PersonJsonLd({ personId, locale }: { personId: string; locale: AppLocale }) {
  const api = await getPublicApi();
  const found = await unlessMissing(() => api.site.jsonLdRecords({ kind: "person", id: personId }));
  return <JsonLd data={found?.kind === "person" && personJsonLd({ ...found, locale })} />;
}

/** schema.org `GovernmentOrganization`, `PoliticalParty` or `Organization` for a body page. */
export async function BodyJsonLd({ bodyId, locale }: { bodyId: string; locale: AppLocale }) {
  const api = await getPublicApi();
  const found = await unlessMissing(() => api.site.jsonLdRecords({ kind: "body", id: bodyId }));
  return (
    <JsonLd
      data={
        found?.kind === "body" &&
        bodyJsonLd({ body: found.body, locale, ...(found.parent ? { parent: found.parent } : {}) })
      }
    />
  );
}
