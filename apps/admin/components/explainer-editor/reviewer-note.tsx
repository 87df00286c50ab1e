import type { Explainer } from "@legible/core";
import { Notice } from "@legible/ui/notice";

/**
 * What the reviewer asked to change when they sent this explainer back, at the top of the
 * editor until it is submitted again (the history keeps every note).
 */
export function ReviewerNote({ explainer }: { explainer: Pick<Explainer, "status" | "reviewNote"> }) {
  if (explainer.status !== "draft" || !explainer.reviewNote) return null;
  return (
    <Notice tone="warning" live={false} title="The reviewer sent this back. What needs to change:" className="mt-4">
      <p className="whitespace-pre-wrap">{explainer.reviewNote}</p>
    </Notice>
  );
}
