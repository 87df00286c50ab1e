"use client";

import { Button } from "@legible/ui/button";
import { Notice } from "@legible/ui/notice";
import { useMutation } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { downloadFile } from "@/lib/download-file";
import { readSaveFailure } from "@/lib/form-kit/save-failure";
import type { RecordRouterKey } from "@/lib/records/router-keys";
import { useTRPC } from "@/lib/trpc";

/** A row picked in a list: enough to name it and to delete the version the list showed. */
export interface SelectedRecord {
  title: string;
  version: number;
}

interface Outcome {
  deleted: string[];
  refused: Array<{ id: string; title: string; reason: string }>;
}

/**
 * Steps on a list's selected rows: export them as a dataset file, and (for roles that may
 * delete) delete them after a confirmation that says how many. Each delete is checked as a
 * single delete is; the ones refused stay selected and are listed with the reason.
 */
export function BulkActions({
  collection,
  singular,
  plural,
  selected,
  canDelete,
  onDeleted,
}: {
  collection: RecordRouterKey;
  singular: string;
  plural: string;
  selected: ReadonlyMap<string, SelectedRecord>;
  canDelete: boolean;
  /** The records now gone: the list drops them from the selection and loads again. */
  onDeleted: (ids: string[]) => void;
}) {
  const trpc = useTRPC();
  const exportSelected = useMutation(trpc.bulk.export.mutationOptions());
  const removeSelected = useMutation(trpc.bulk.remove.mutationOptions());
  const [confirming, setConfirming] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const question = useRef<HTMLHeadingElement>(null);
  const count = selected.size;
  const named = (n: number) => `${n} ${n === 1 ? singular : plural}`;

  useEffect(() => {
    if (confirming) question.current?.focus();
  }, [confirming]);

  async function download() {
    setFailure(null);
    try {
      const file = await exportSelected.mutateAsync({ collection, ids: [...selected.keys()] });
      downloadFile(file.fileName, file.content);
    } catch (error) {
      setFailure(`The export did not work: ${readSaveFailure(error).message}`);
    }
  }

  async function remove() {
    setFailure(null);
    const records = [...selected].map(([id, record]) => ({ id, version: record.version }));
    try {
      const result = await removeSelected.mutateAsync({ collection, records });
      setOutcome({
        deleted: result.deleted,
        refused: result.refused.map((refusal) => ({
          ...refusal,
          title: selected.get(refusal.id)?.title ?? refusal.id,
        })),
      });
      onDeleted(result.deleted);
    } catch (error) {
      setFailure(`Nothing was deleted: ${readSaveFailure(error).message}`);
    }
    setConfirming(false);
  }

  return (
    <section aria-label={`Selected ${plural}`} className="mt-4">
      <p aria-live="polite" className="font-bold">
        {count > 0 ? `${named(count)} selected.` : ""}
      </p>
      {count > 0 && !confirming && (
        <div className="mt-2 flex flex-wrap gap-3">
          <Button variant="secondary" onClick={download} disabled={exportSelected.isPending}>
            Export selected
          </Button>
          {canDelete && (
            <Button variant="danger" onClick={() => setConfirming(true)}>
              Delete selected
            </Button>
          )}
        </div>
      )}
      {confirming && (
        <div className="mt-2 rounded-card border-2 border-error p-4">
          <h2 ref={question} tabIndex={-1} className="font-bold">
            Delete {named(count)}? Any that other records use, or that someone changed since this list was shown, will
            stay, with the reason.
          </h2>
          <div className="mt-3 flex flex-wrap gap-3">
            <Button variant="danger" onClick={remove} disabled={removeSelected.isPending}>
              Yes, delete {named(count)}
            </Button>
            <Button variant="secondary" onClick={() => setConfirming(false)}>
              No, keep them
            </Button>
          </div>
        </div>
      )}
      {failure && (
        <Notice tone="error" title={failure} className="mt-2">
          Try again, or reload the list.
        </Notice>
      )}
      {outcome && outcome.deleted.length > 0 && (
        <Notice tone="success" title={`Deleted ${named(outcome.deleted.length)}.`} className="mt-2" />
      )}
      {outcome && outcome.refused.length > 0 && (
        <Notice tone="error" title={`${named(outcome.refused.length)} not deleted:`} className="mt-2">
          <ul className="list-disc pl-6">
            {outcome.refused.map((refusal) => (
              <li key={refusal.id}>
                <span className="font-bold">{refusal.title}</span>: {refusal.reason}
              </li>
            ))}
          </ul>
        </Notice>
      )}
    </section>
  );
}
