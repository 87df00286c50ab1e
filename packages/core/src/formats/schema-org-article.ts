import { plainText } from "../glossary.js";
import { blockText } from "../lint.js";
import type { Explainer } from "../schemas/explainer.js";
import { SCHEMA_ORG_CONTEXT, type SchemaOrgLegislation } from "./schema-org.js";
import { defined } from "./shared.js";

// An explainer as a schema.org Article about the measure it explains. Only what residents can
// read goes in: the latest published revision, never the draft being edited, and the public
// corrections log.

/** A public correction, as schema.org's `CorrectionComment`. */
export interface SchemaOrgCorrection {
  "@type": "CorrectionComment";
  text: string;
  datePublished: string;
}

/** A schema.org `Article` object as JSON-LD. */
export interface SchemaOrgArticle {
  "@context": typeof SCHEMA_ORG_CONTEXT;
  "@type": "Article";
  identifier: string;
  headline: string;
  inLanguage: string;
  datePublished: string;
  dateModified: string;
  description?: string;
  url?: string;
  /** The measure it explains, without its own `@context`. */
  about?: Omit<SchemaOrgLegislation, "@context">;
  publisher?: { "@type": "Organization"; name: string; url?: string };
  translationOfWork?: { "@type": "Article"; identifier: string };
  correction?: SchemaOrgCorrection[];
  version: number;
}

/** Extra context for {@link toSchemaOrgArticle}. */
export interface SchemaOrgArticleOptions {
  /** The page the JSON-LD describes. */
  url?: string;
  /** The measure, as {@link toSchemaOrgLegislation} writes it. */
  about?: SchemaOrgLegislation;
  /** Who publishes the explainer. */
  publisher?: { name: string; url?: string };
}

/**
 * Writes a published explainer as schema.org `Article` JSON-LD from its latest revision:
 * headline, the summary as description, first and latest publish dates, and public
 * corrections. Returns `null` for an explainer never published, which has nothing public.
 */
export function toSchemaOrgArticle(
  explainer: Explainer,
  options: SchemaOrgArticleOptions = {},
): SchemaOrgArticle | null {
  const first = explainer.revisions[0];
  const latest = explainer.revisions.at(-1);
  if (!first || !latest) return null;
  const summary = latest.blocks.find((block) => block.kind === "summary");
  const about = options.about ? withoutContext(options.about) : undefined;
  return {
    "@context": SCHEMA_ORG_CONTEXT,
    "@type": "Article",
    identifier: explainer.id,
    headline: latest.headline,
    inLanguage: explainer.locale,
    datePublished: first.publishedAt,
    dateModified: latest.publishedAt,
    ...defined({
      description: summary ? plainText(blockText(summary)) : undefined,
      url: options.url,
      about,
      publisher: options.publisher ? { "@type": "Organization" as const, ...options.publisher } : undefined,
      translationOfWork: explainer.translationOf
        ? { "@type": "Article" as const, identifier: explainer.translationOf }
        : undefined,
      correction:
        explainer.corrections.length > 0
          ? explainer.corrections.map((c) => ({
              "@type": "CorrectionComment" as const,
              text: c.text,
              datePublished: c.date,
            }))
          : undefined,
    }),
    version: latest.number,
  };
}

function withoutContext(legislation: SchemaOrgLegislation): Omit<SchemaOrgLegislation, "@context"> {
  const { "@context": _context, ...rest } = legislation;
  return rest;
}
