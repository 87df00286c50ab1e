import type { ExplainerView } from "./types";
import type { ExplainerWords } from "./words";

/**
 * Tells readers, near the top, that records the page shows changed after the explainer was last
 * reviewed. A note, not an alert: nothing is wrong yet, and editors are checking.
 */
export function RecordsChanged({
  words,
  changed,
}: {
  words: ExplainerWords;
  changed: ExplainerView["recordsChanged"];
}) {
  const t = words.t("explainer.recordsChanged");
  if (!changed) return null;
  return (
    <div
      role="note"
      aria-labelledby="records-changed-title"
      className="mt-6 rounded-card border-l-8 border-warning bg-paper p-4 shadow-sm"
    >
      <p id="records-changed-title" className="font-bold">
        {t("title")}
      </p>
      <p className="mt-1">
        {t.rich("text", { date: () => <time dateTime={changed.reviewedAt}>{changed.since}</time> })}
      </p>
    </div>
  );
}
