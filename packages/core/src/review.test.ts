import { describe, expect, it } from "vitest";
import { explainerEn } from "./fixtures/seed-story.test-support.js";
import { acceptExplainerEdit, publishBlockers, publishExplainer, returnToDraft, submitForReview } from "./review.js";
import type { Explainer } from "./schemas/explainer.js";

const draft: Explainer = { ...explainerEn, status: "draft" };
const step = { at: "2026-11-26T12:00:00.000Z", by: "user-reviewer" };

describe("the review workflow", () => {
  it("sends a draft to review, and only a draft", () => {
    const submitted = submitForReview(draft);
    expect(submitted.ok && submitted.value.status).toBe("in-review");
    expect(submitForReview({ ...draft, status: "in-review" })).toEqual({
      ok: false,
      issues: [{ path: "status", message: "is already waiting for review" }],
    });
    expect(submitForReview({ ...draft, status: "published" }).ok).toBe(false);
  });

  it("publishes what is in review as the next numbered revision, keeping the earlier ones", () => {
    const published = publishExplainer({ ...draft, status: "in-review", headline: "New headline" }, step);
    if (!published.ok) throw new Error(JSON.stringify(published.issues));
    expect(published.value.status).toBe("published");
    expect(published.value.revisions.map((revision) => revision.number)).toEqual([1, 2]);
    expect(published.value.revisions[0]).toEqual(draft.revisions[0]);
    expect(published.value.revisions[1]).toEqual({
      number: 2,
      publishedAt: step.at,
      publishedBy: step.by,
      headline: "New headline",
      blocks: draft.blocks,
    });
  });

  it("refuses to publish a draft that skipped review", () => {
    expect(publishExplainer(draft, step)).toEqual({
      ok: false,
      issues: [{ path: "status", message: "must be waiting for review before it is published" }],
    });
  });

  it("refuses to publish while lint finds an error, naming the block", () => {
    const [first, ...rest] = draft.blocks;
    if (!first) throw new Error("the fixture has blocks");
    const uncited = { ...draft, status: "in-review" as const, blocks: [{ ...first, citations: [] }, ...rest] };
    expect(publishBlockers(uncited).map((finding) => finding.code)).toContain("uncited-block");
    const result = publishExplainer(uncited, step);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.issues[0]).toEqual({ path: "blocks.0", message: expect.stringContaining("cites no source") });
  });

  it("returns an explainer in review to draft with the reviewer's note, which the next submit clears", () => {
    const returned = returnToDraft({ ...draft, status: "in-review" }, "  Cite the Charter in the summary. ");
    expect(returned.ok && returned.value).toMatchObject({
      status: "draft",
      reviewNote: "Cite the Charter in the summary.",
    });
    expect(returnToDraft(draft, "Again").ok).toBe(false);
    const resubmitted = returned.ok ? submitForReview(returned.value) : null;
    expect(resubmitted?.ok && "reviewNote" in resubmitted.value).toBe(false);
  });

  it("refuses to send an explainer back without saying what needs to change", () => {
    const returned = returnToDraft({ ...draft, status: "in-review" }, "   ");
    expect(returned.ok).toBe(false);
    if (!returned.ok)
      expect(returned.issues).toEqual([{ path: "reviewNote", message: "is required: say what needs to change" }]);
  });
});

describe("what an edit may change", () => {
  it("starts a new explainer as a draft with no revisions, whatever it claims", () => {
    const claimed = { ...draft, status: "published" as const };
    expect(acceptExplainerEdit(null, claimed)).toMatchObject({ status: "draft", revisions: [] });
  });

  it("turns an edit of a published explainer into a draft and keeps its revisions", () => {
    const published = { ...draft, status: "published" as const };
    const edited = acceptExplainerEdit(published, { ...published, headline: "Changed", revisions: [] });
    expect(edited).toMatchObject({ status: "draft", headline: "Changed" });
    expect(edited.revisions).toEqual(published.revisions);
    const noted = { ...published, reviewNote: "Shorter sentences, please." };
    expect(acceptExplainerEdit(noted, { ...noted, reviewNote: "Looks fine to me" }).reviewNote).toBe(
      "Shorter sentences, please.",
    );
  });

  it("keeps every public correction, even when the edit is an older version without it", () => {
    const correction = { id: "correction-1", date: "2026-11-20T10:00:00.000Z", text: "We fixed the date." };
    const stored = { ...draft, corrections: [correction] };
    const added = { id: "correction-2", date: "2026-11-26T10:00:00.000Z", text: "We fixed a name." };
    expect(acceptExplainerEdit(stored, { ...draft, corrections: [] }).corrections).toEqual([correction]);
    expect(acceptExplainerEdit(stored, { ...draft, corrections: [added] }).corrections).toEqual([correction, added]);
  });

  it("leaves an explainer in review in review", () => {
    const inReview = { ...draft, status: "in-review" as const };
    expect(acceptExplainerEdit(inReview, { ...inReview, status: "draft" }).status).toBe("in-review");
  });
});
