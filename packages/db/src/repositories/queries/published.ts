import type { Explainer } from "@legible/core";

/**
 * Which explainers residents see: those published at least once. They see the latest published
 * revision, so an explainer sent back to draft for a fix stays up, as last published, until the
 * next publish replaces it.
 */
export const PUBLISHED_EXPLAINER = { revisions: { some: {} } } as const;

/**
 * What residents can read of an explainer: its latest published revision's headline and
 * blocks, the published revisions (without who published them, a staff account) and the
 * public corrections. `updatedAt` is when it was last published. `null` if never published.
 */
export function publishedView(explainer: Explainer): Explainer | null {
  const latest = explainer.revisions.at(-1);
  if (!latest) return null;
  return {
    id: explainer.id,
    measureId: explainer.measureId,
    locale: explainer.locale,
    ...(explainer.translationOf === undefined ? {} : { translationOf: explainer.translationOf }),
    status: "published",
    headline: latest.headline,
    blocks: latest.blocks,
    revisions: explainer.revisions.map(({ publishedBy: _staffAccount, ...revision }) => revision),
    corrections: explainer.corrections,
    updatedAt: latest.publishedAt,
  };
}
