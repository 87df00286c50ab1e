import type { Explainer } from "@legible/core";
import { sameRecord } from "../canonical";

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

/**
 * An explainer's working copy as the public page would show it if it were published at `now`:
 * its published revisions, then the draft as the latest one, unless the draft reads exactly as
 * the latest (then the page is the published page). For the staff preview; the draft is
 * `headline`, `blocks` and `corrections` as the editor holds them, saved or not.
 */
export function draftView(
  explainer: Explainer,
  draft: Pick<Explainer, "headline" | "blocks" | "corrections">,
  now: Date,
): Explainer {
  const revisions = explainer.revisions.map(({ publishedBy: _staffAccount, ...revision }) => revision);
  const latest = revisions.at(-1);
  const unchanged =
    latest !== undefined && latest.headline === draft.headline && sameRecord(latest.blocks, draft.blocks);
  const shown = unchanged
    ? revisions
    : [
        ...revisions,
        {
          number: (latest?.number ?? 0) + 1,
          publishedAt: now.toISOString(),
          headline: draft.headline,
          blocks: draft.blocks,
        },
      ];
  return {
    ...(publishedView({ ...explainer, revisions: shown }) as Explainer),
    corrections: draft.corrections,
  };
}
