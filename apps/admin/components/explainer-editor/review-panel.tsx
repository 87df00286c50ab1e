"use client";

import type { StaffRole } from "@legible/api";
import type { Explainer, LintFinding } from "@legible/core";
import { buttonClass } from "@legible/ui/button";
import { Notice } from "@legible/ui/notice";
import { useRef, useState } from "react";
import { publicExplainerUrl } from "./public-address";
import { StatusBadge } from "./status-badge";

/** What the last review step did, to confirm it in words. */
export type ReviewOutcome =
  | { kind: "submitted" }
  | { kind: "returned" }
  | { kind: "published"; revision: number; publicSiteRefreshed: boolean }
  | { kind: "failed"; message: string };

interface ReviewPanelProps {
  explainer: Explainer;
  role: StaffRole;
  dirty: boolean;
  blockers: readonly LintFinding[];
  busy: boolean;
  outcome: ReviewOutcome | null;
  publicUrl: string;
  onSubmit: () => void;
  onPublish: () => void;
  /** Sends it back with the reviewer's note on what needs to change. */
  onReturn: (note: string) => void;
}

const MEANING: Record<Explainer["status"], string> = {
  draft: "Only staff can see this version. Submit it for review when it is ready.",
  "in-review": "Waiting for a reviewer. Reviewers and admins can publish it or send it back to draft.",
  published: "Residents are reading this version. Saving an edit makes a new draft; residents keep the published one.",
};

/** Status in words, and the review steps this staff member may take now (or why not). */
export function ReviewPanel(props: ReviewPanelProps) {
  const { explainer, role, dirty, blockers, busy, outcome, publicUrl, onSubmit, onPublish, onReturn } = props;
  const canPublish = role === "admin" || role === "reviewer";
  const lastRevision = explainer.revisions.at(-1);
  const publishBlocked = blockers.length > 0;
  const publicPage = publicExplainerUrl(publicUrl, explainer.measureId, explainer.locale);
  const [note, setNote] = useState("");
  const [noteMissing, setNoteMissing] = useState(false);
  const noteField = useRef<HTMLTextAreaElement>(null);
  const sendBack = () => {
    if (note.trim() === "") {
      setNoteMissing(true);
      noteField.current?.focus();
      return;
    }
    setNoteMissing(false);
    onReturn(note);
  };
  return (
    <section aria-labelledby="review-heading" className="rounded-card border border-line bg-paper p-4">
      <h2 id="review-heading" className="font-serif text-xl font-bold">
        Review and publish
      </h2>
      <p className="mt-2">
        Status: <StatusBadge status={explainer.status} />
      </p>
      <p className="mt-1">{MEANING[explainer.status]}</p>
      {lastRevision ? (
        <p className="mt-1 text-muted">
          Residents see revision {lastRevision.number}.{" "}
          <a href={publicPage} className="text-primary underline">
            Open the public page
          </a>
        </p>
      ) : (
        <p className="mt-1 text-muted">Never published: residents cannot see it yet.</p>
      )}
      {dirty ? (
        <p id="review-unsaved" className="mt-2 font-bold">
          Save your changes before submitting, publishing or sending back.
        </p>
      ) : null}

      {canPublish && explainer.status === "in-review" ? (
        <div className="mt-3">
          <label htmlFor="review-note" className="block font-bold">
            What needs to change?
          </label>
          <p id="review-note-hint" className="text-sm text-muted">
            Needed to send it back. Its writers see it at the top of the editor, and the history keeps it.
          </p>
          {noteMissing ? (
            <p id="review-note-error" className="mt-1 font-bold text-error">
              Write what needs to change before sending it back.
            </p>
          ) : null}
          <textarea
            id="review-note"
            ref={noteField}
            rows={3}
            value={note}
            onChange={(event) => setNote(event.target.value)}
            aria-describedby={noteMissing ? "review-note-hint review-note-error" : "review-note-hint"}
            aria-invalid={noteMissing || undefined}
            className={`mt-1 w-full rounded border bg-paper px-3 py-2 ${noteMissing ? "border-2 border-error" : "border-muted"}`}
          />
        </div>
      ) : null}
      <div className="mt-3 flex flex-wrap gap-2">
        {explainer.status === "draft" ? (
          <button
            type="button"
            className={buttonClass("primary")}
            disabled={dirty || busy}
            aria-describedby={dirty ? "review-unsaved" : undefined}
            onClick={onSubmit}
          >
            Submit for review
          </button>
        ) : null}
        {canPublish && explainer.status === "in-review" ? (
          <>
            <button
              type="button"
              className={buttonClass("primary")}
              disabled={dirty || busy || publishBlocked}
              aria-describedby={publishBlocked ? "publish-blocked" : dirty ? "review-unsaved" : undefined}
              onClick={onPublish}
            >
              Publish
            </button>
            <button type="button" className={buttonClass("secondary")} disabled={dirty || busy} onClick={sendBack}>
              Send back to draft
            </button>
          </>
        ) : null}
      </div>
      {canPublish && explainer.status === "in-review" && publishBlocked ? (
        <p id="publish-blocked" className="mt-2">
          Publishing is blocked by {blockers.length === 1 ? "1 error" : `${blockers.length} errors`} in{" "}
          <a href="#lint-heading" className="text-primary underline">
            Checks
          </a>
          : fix {blockers.length === 1 ? "it" : "them"} first.
        </p>
      ) : null}
      {!canPublish ? (
        <p className="mt-2 text-muted">
          Only reviewers and admins can publish or send an explainer back to draft. You are signed in as an {role}.
        </p>
      ) : null}

      <div aria-live="polite" className="mt-3">
        {outcome?.kind === "submitted" ? <p className="font-bold">Submitted for review.</p> : null}
        {outcome?.kind === "returned" ? <p className="font-bold">Sent back to draft.</p> : null}
        {outcome?.kind === "published" ? (
          <Notice title={`Published revision ${outcome.revision}`}>
            <p>
              {outcome.publicSiteRefreshed
                ? "The public site was refreshed and shows it now."
                : "The public site could not be told at once; it will show the new version within a few minutes."}{" "}
              <a href={publicPage} className="text-primary underline">
                See the public page
              </a>
            </p>
          </Notice>
        ) : null}
      </div>
      {outcome?.kind === "failed" ? (
        <p role="alert" className="mt-2 font-bold text-error">
          {outcome.message}
        </p>
      ) : null}
    </section>
  );
}
