import { type LintFinding, type LintOptions, lintExplainer } from "./lint.js";
import { fail, ok, type Result } from "./result.js";
import type { Explainer } from "./schemas/explainer.js";

/** Who did a review step, and when (an ISO timestamp). */
export interface ReviewStep {
  at: string;
  /** The staff member's id, kept on the published revision. */
  by: string;
}

/**
 * Sends a draft to review. Residents keep seeing the last published revision until a reviewer
 * publishes the new one.
 */
export function submitForReview(explainer: Explainer): Result<Explainer> {
  if (explainer.status === "in-review") return fail([{ path: "status", message: "is already waiting for review" }]);
  if (explainer.status === "published") {
    return fail([{ path: "status", message: "is published; edit it first, which makes a new draft" }]);
  }
  // The reviewer's note was for this round; the history keeps it.
  const { reviewNote: _answered, ...submitted } = explainer;
  return ok({ ...submitted, status: "in-review" });
}

/** The most a reviewer's note may say. */
export const REVIEW_NOTE_MAX = 2_000;

/**
 * Sends an explainer waiting for review back to its writers, with the reviewer's note on what
 * needs to change (required: a draft sent back without a reason leaves its writers guessing).
 */
export function returnToDraft(explainer: Explainer, note: string): Result<Explainer> {
  if (explainer.status === "draft") return fail([{ path: "status", message: "is already a draft" }]);
  const reviewNote = note.trim();
  if (reviewNote === "") return fail([{ path: "reviewNote", message: "is required: say what needs to change" }]);
  if (reviewNote.length > REVIEW_NOTE_MAX) {
    return fail([
      { path: "reviewNote", message: `must be at most ${REVIEW_NOTE_MAX.toLocaleString("en")} characters` },
    ]);
  }
  return ok({ ...explainer, status: "draft", reviewNote });
}

/** Lint errors, which must be fixed before an explainer can be published. */
export function publishBlockers(explainer: Explainer, options: LintOptions = {}): LintFinding[] {
  return lintExplainer(explainer, options).filter((finding) => finding.severity === "error");
}

/**
 * Publishes an explainer waiting for review: adds the next numbered revision, an unchangeable
 * snapshot of its headline and blocks. Refused while lint reports an error.
 */
export function publishExplainer(explainer: Explainer, step: ReviewStep, options: LintOptions = {}): Result<Explainer> {
  if (explainer.status !== "in-review") {
    return fail([{ path: "status", message: "must be waiting for review before it is published" }]);
  }
  const blockers = publishBlockers(explainer, options);
  if (blockers.length) return fail(blockers.map((finding) => ({ path: finding.path, message: finding.message })));
  const number = Math.max(0, ...explainer.revisions.map((revision) => revision.number)) + 1;
  return ok({
    ...explainer,
    status: "published",
    revisions: [
      ...explainer.revisions,
      { number, publishedAt: step.at, publishedBy: step.by, headline: explainer.headline, blocks: explainer.blocks },
    ],
  });
}

/**
 * What a staff edit may change. Status moves only through the review steps above,
 * revisions only by publishing, and corrections only by being added: a new explainer starts as a draft with none, and editing a
 * published one makes a new draft while residents keep reading the last revision.
 */
export function acceptExplainerEdit(stored: Explainer | null, edited: Explainer): Explainer {
  if (!stored) return { ...edited, status: "draft", revisions: [] };
  // Public corrections are never dropped: an edit (or a restore of an older version) keeps
  // every stored one and may add new ones. A changed one is passed on, for storage to refuse.
  const editedCorrections = new Map(edited.corrections.map((correction) => [correction.id, correction]));
  const storedIds = new Set(stored.corrections.map((correction) => correction.id));
  return {
    ...edited,
    status: stored.status === "published" ? "draft" : stored.status,
    revisions: stored.revisions,
    // Only the review step writes the reviewer's note.
    reviewNote: stored.reviewNote,
    corrections: [
      ...stored.corrections.map((correction) => editedCorrections.get(correction.id) ?? correction),
      ...edited.corrections.filter((correction) => !storedIds.has(correction.id)),
    ],
  };
}
