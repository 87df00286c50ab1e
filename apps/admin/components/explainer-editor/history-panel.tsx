"use client";

import type { Correction, Explainer } from "@legible/core";
import { buttonClass } from "@legible/ui/button";
import { Table } from "@legible/ui/table";
import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { formatWhen } from "@/lib/form-kit/when";
import { useTRPC } from "@/lib/trpc";
import { describeChange } from "./change-words";
import { CorrectionForm } from "./correction-form";
import { publisherName } from "./revision-authors";

interface HistoryPanelProps {
  explainer: Explainer;
  /** Corrections already saved: these cannot be removed. */
  savedCorrectionIds: ReadonlySet<string>;
  onCorrectionsChange: (corrections: Correction[]) => void;
}

/** Published revisions (number, when, by whom), the public corrections log, and a form to add a correction. */
export function HistoryPanel({ explainer, savedCorrectionIds, onCorrectionsChange }: HistoryPanelProps) {
  const trpc = useTRPC();
  const history = useQuery(trpc.explainers.history.queryOptions({ id: explainer.id }));
  const changes = history.data?.items ?? [];
  return (
    <section aria-labelledby="history-heading" className="mt-8 rounded-card border border-line bg-paper p-4">
      <h2 id="history-heading" className="font-serif text-2xl font-bold">
        History and corrections
      </h2>
      <h3 className="mt-3 text-lg font-bold">Published revisions</h3>
      {explainer.revisions.length === 0 ? (
        <p className="mt-1 text-muted">Not published yet. Each publish adds a numbered revision here.</p>
      ) : (
        <Table
          caption="Published revisions, oldest first"
          rows={explainer.revisions}
          rowKey={(revision) => String(revision.number)}
          columns={[
            { key: "revision", header: "Revision", cell: (revision) => revision.number },
            {
              key: "published",
              header: "Published",
              cell: (revision) => <time dateTime={revision.publishedAt}>{formatWhen(revision.publishedAt)}</time>,
            },
            {
              key: "by",
              header: "By",
              cell: (revision) =>
                publisherName(revision.publishedAt, changes) ?? revision.publishedBy ?? "Not recorded",
            },
          ]}
        />
      )}

      <h3 className="mt-4 text-lg font-bold">Corrections log</h3>
      {explainer.corrections.length === 0 ? (
        <p className="mt-1 text-muted">No corrections. Add one when a published fact was wrong.</p>
      ) : (
        <ul className="mt-2 space-y-2">
          {explainer.corrections.map((correction) => (
            <li key={correction.id} className="rounded bg-canvas p-2">
              <time dateTime={correction.date} className="font-bold">
                {correction.date.slice(0, 10)}
              </time>
              : {correction.text}
              {savedCorrectionIds.has(correction.id) ? null : (
                <>
                  {" "}
                  <span className="text-sm text-muted">(not saved yet)</span>{" "}
                  <button
                    type="button"
                    className={buttonClass("danger")}
                    onClick={() => onCorrectionsChange(explainer.corrections.filter((c) => c.id !== correction.id))}
                  >
                    Remove <span className="sr-only">the unsaved correction</span>
                  </button>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      <CorrectionForm onAdd={(correction) => onCorrectionsChange([...explainer.corrections, correction])} />

      <h3 className="mt-4 text-lg font-bold">Changes</h3>
      <p className="mt-1">
        <Link href={`/explainers/${encodeURIComponent(explainer.id)}/history`} className="text-primary underline">
          See what each change did, and restore an earlier version
        </Link>
      </p>
      {history.isPending ? <p className="mt-1">Loading changes…</p> : null}
      {history.isError ? <p className="mt-1 text-error">Changes could not be loaded: {history.error.message}</p> : null}
      {changes.length > 0 ? (
        <ul className="mt-2 space-y-1">
          {changes.map((change) => (
            <li key={change.id}>
              <time dateTime={change.at}>{formatWhen(change.at)}</time>:{" "}
              {describeChange({ actorName: change.actorName, action: change.action, version: change.version })}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
