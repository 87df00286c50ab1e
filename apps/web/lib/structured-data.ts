import {
  type Body,
  type Explainer,
  type Jurisdiction,
  type Measure,
  type Membership,
  type Person,
  type Post,
  type SchemaOrgArticle,
  type SchemaOrgLegislation,
  type SchemaOrgOrganization,
  type SchemaOrgPerson,
  type StageInfo,
  toSchemaOrgArticle,
  toSchemaOrgLegislation,
  toSchemaOrgOrganization,
  toSchemaOrgPerson,
} from "@legible/core";
import type { AppLocale } from "../i18n/routing";
import { pageUrl, recordUrl } from "./site-paths";

// schema.org JSON-LD for the public pages, from core's writers with this site's addresses.
// Render the result with <JsonLd data={...} /> (components/json-ld.tsx).

/** The publisher named on explainers: a proper name, the same in every language. */
const PUBLISHER_NAME = "Legible";

interface MeasureContext {
  measure: Measure;
  locale: AppLocale;
  jurisdiction?: Pick<Jurisdiction, "id" | "name">;
  /** From core's measureStage: states whether the measure is in force and since when. */
  stage?: Pick<StageInfo, "stage" | "since">;
}

/** A measure page: schema.org `Legislation`. */
export function measureJsonLd({ measure, locale, jurisdiction, stage }: MeasureContext): SchemaOrgLegislation {
  return toSchemaOrgLegislation(measure, {
    url: recordUrl("measure", measure.id, locale),
    ...(jurisdiction ? { jurisdiction } : {}),
    ...(stage ? { stage } : {}),
  });
}

/**
 * An explainer page: a schema.org `Article` (its latest published revision) about the measure's
 * `Legislation`. `null` for an explainer never published.
 */
export function explainerJsonLd(context: MeasureContext & { explainer: Explainer }): SchemaOrgArticle | null {
  const { explainer, locale } = context;
  return toSchemaOrgArticle(explainer, {
    url: recordUrl("explainer", explainer.measureId, locale),
    about: measureJsonLd(context),
    publisher: { name: PUBLISHER_NAME, url: pageUrl("/", locale) },
  });
}

/** A person page: schema.org `Person`, with their terms as roles when given. */
export function personJsonLd(context: {
  person: Person;
  locale: AppLocale;
  memberships?: readonly Membership[];
  bodies?: ReadonlyArray<Pick<Body, "id" | "name">>;
  posts?: ReadonlyArray<Pick<Post, "id" | "bodyId" | "label" | "role">>;
}): SchemaOrgPerson {
  const { person, locale, memberships, bodies, posts } = context;
  return toSchemaOrgPerson(person, {
    url: recordUrl("person", person.id, locale),
    ...(memberships ? { memberships } : {}),
    ...(bodies ? { bodies } : {}),
    ...(posts ? { posts } : {}),
  });
}

/** A body page: schema.org `GovernmentOrganization`, `PoliticalParty` or `Organization`. */
export function bodyJsonLd(context: {
  body: Body;
  locale: AppLocale;
  parent?: Pick<Body, "id" | "name">;
}): SchemaOrgOrganization {
  const { body, locale, parent } = context;
  return toSchemaOrgOrganization(body, { url: recordUrl("body", body.id, locale), ...(parent ? { parent } : {}) });
}
