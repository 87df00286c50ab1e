"use client";

import type { StaffRole } from "@legible/api";
import { buttonClass } from "@legible/ui/button";
import { useEffect, useRef } from "react";
import { formatWhen } from "@/lib/form-kit/when";
import { RecordChangeList } from "./record-change-list";
import { changedCount, type RecordChangeItem } from "./record-change-words";

/** What the last "Records checked" click did, to say so in words. */
export type RecordsCheckOutcome =
  | { kind: "confirmed"; publicSiteRefreshed: boolean }
  | { kind: "failed"; message: string };

interface RecordsChangedPanelProps {
  /** When the explainer was last reviewed: published, or checked (ISO 8601). */
  reviewedAt: string;
  changes: readonly RecordChangeItem[];
  role: StaffRole;
  busy: boolean;
  outcome: RecordsCheckOutcome | null;
  onConfirm: () => void;
}

/**
 * Records the published explainer shows that changed after its last review, and, for reviewers
 * and admins, the button that says it still holds. Editors see the list, and who can confirm.
 */
export function RecordsChangedPanel(props: RecordsChangedPanelProps) {
  const { reviewedAt, changes, role, busy, outcome, onConfirm } = props;
  const canConfirm = role === "admin" || role === "reviewer";
  const resultRef = useRef<HTMLDivElement>(null);
  // The button goes away once the list is empty: keep focus on the words that say what happened.
  useEffect(() => {
    if (outcome) resultRef.current?.focus();
  }, [outcome]);

  if (changes.length === 0 && !outcome) return null;
  return (
    <section
      aria-labelledby="records-changed-heading"
      className="mt-4 rounded-card border-l-8 border-warning bg-paper p-4"
    >
      <h2 id="records-changed-heading" className="font-serif text-xl font-bold">
        Records changed since the last review
      </h2>
      {changes.length > 0 ? (
        <>
          <p className="mt-2">
            {changedCount(changes.length)} after this explainer was last reviewed on {formatWhen(reviewedAt)}. Readers
            see a note on the public page saying so. Check that what it says still holds. Then publish it again with
            your fixes, or confirm it is still correct.
          </p>
          <RecordChangeList changes={changes} />
          {canConfirm ? (
            <div className="mt-3">
              <button
                type="button"
                className={buttonClass("primary")}
                disabled={busy}
                aria-describedby="records-check-help"
                onClick={onConfirm}
              >
                Records checked — still correct
              </button>
              <p id="records-check-help" className="mt-1 text-sm text-muted">
                The note for readers goes away, and the audit log keeps that you checked these changes.
              </p>
            </div>
          ) : (
            <p className="mt-3 text-muted">
              Only reviewers and admins can confirm the explainer is still correct. You are signed in as an {role}.
            </p>
          )}
        </>
      ) : null}
      <div
        ref={resultRef}
        tabIndex={-1}
        role={outcome?.kind === "failed" ? "alert" : "status"}
        className={outcome ? "mt-3 font-bold" : "sr-only"}
      >
        {outcome?.kind === "confirmed"
          ? `Confirmed: the explainer is still correct. ${
              outcome.publicSiteRefreshed
                ? "The public site was refreshed and no longer shows the note."
                : "The public site could not be told at once; the note goes away within a few minutes."
            }`
          : null}
        {outcome?.kind === "failed" ? <span className="text-error">{outcome.message}</span> : null}
      </div>
    </section>
  );
}
