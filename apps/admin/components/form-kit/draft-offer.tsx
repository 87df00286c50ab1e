"use client";

import { buttonClass } from "@legible/ui/button";
import type { Draft } from "@/lib/form-kit/drafts";
import { formatWhen } from "@/lib/form-kit/when";

/** The offer of unsaved work kept from an earlier visit: restore it or discard it, never applied silently. */
export function DraftOffer({
  draft,
  onRestore,
  onDiscard,
}: {
  draft: Draft<unknown>;
  onRestore: () => void;
  onDiscard: () => void;
}) {
  return (
    <section
      aria-labelledby="draft-offer-title"
      className="rounded-card border-l-8 border-primary bg-primary-light p-4"
    >
      <h2 id="draft-offer-title" className="text-xl font-bold">
        Restore your unsaved changes from {formatWhen(draft.savedAt)}?
      </h2>
      <p className="mt-1">They were kept in this browser when the page closed before you saved.</p>
      <div className="mt-3 flex flex-wrap gap-3">
        <button type="button" className={buttonClass("primary")} onClick={onRestore}>
          Restore
        </button>
        <button type="button" className={buttonClass("secondary")} onClick={onDiscard}>
          Discard
        </button>
      </div>
    </section>
  );
}
