"use client";

import { buttonClass } from "@legible/ui/button";
import { EmptyState } from "@legible/ui/empty-state";
import { Notice } from "@legible/ui/notice";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useEffect, useRef, useState } from "react";
import { linkClass } from "@/components/form-kit/styles";
import { readSaveFailure } from "@/lib/form-kit/save-failure";
import { formatWhen } from "@/lib/form-kit/when";
import { type AnyRecord, useRecordApi } from "@/lib/records/api";
import type { RecordRouterKey } from "@/lib/records/router-keys";
import { ChangeTable } from "./change-table";

const ACTION_WORDS: Record<string, string> = {
  create: "Created",
  update: "Changed",
  delete: "Deleted",
  "check-records": "Records checked: still correct",
};
/** Entries that hold a version of the record; others (a records check) have nothing to restore. */
const SAVES = new Set(["create", "update", "delete"]);

/** Which records a history page is about: the shared record screens' collections and explainers. */
export interface HistorySubject {
  router: RecordRouterKey | "explainers";
  /** The address segment of the record's own page: `/people`. */
  slug: string;
  singular: string;
  /** The record field that names a record. */
  titleField: string;
}

/** Every saved change to one record, newest first, each with its diff and a way to restore it. */
export function RecordHistory({ subject, id }: { subject: HistorySubject; id: string }) {
  const config = subject;
  const slug = subject.slug;
  const api = useRecordApi(config.router);
  const queryClient = useQueryClient();
  const history = useQuery(api.history.queryOptions({ id }));
  const current = useQuery({ ...api.get.queryOptions({ id }), retry: false });
  const restore = useMutation(api.restore.mutationOptions());
  const [confirming, setConfirming] = useState<number | null>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const statusRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (message) statusRef.current?.focus();
  }, [message]);

  async function restoreEntry(auditEntryId: number, version: number | null) {
    try {
      const saved = (await restore.mutateAsync({
        id,
        auditEntryId,
        version: (current.data as AnyRecord | undefined)?.version,
      })) as AnyRecord;
      await queryClient.invalidateQueries(api.pathFilter());
      setMessage({ text: `Restored version ${version ?? "?"}. Saved as version ${saved.version}.`, error: false });
    } catch (error) {
      setMessage({ text: readSaveFailure(error).message, error: true });
    } finally {
      setConfirming(null);
    }
  }

  const title = (current.data as Record<string, unknown> | undefined)?.[subject.titleField];
  const name = typeof title === "string" && title.trim() ? title : id;
  return (
    <>
      <h1 className="font-serif text-3xl font-bold break-words">History of {name}</h1>
      <p className="mt-1">
        {current.data ? (
          <Link href={`/${slug}/${encodeURIComponent(id)}`} className={linkClass}>
            Back to the {config.singular}
          </Link>
        ) : (
          <span>This {config.singular} is deleted; restore a version to bring it back.</span>
        )}
      </p>
      <div
        ref={statusRef}
        tabIndex={-1}
        role={message?.error ? "alert" : "status"}
        className={
          message
            ? `mt-4 rounded-card border-l-8 bg-paper p-4 font-bold ${message.error ? "border-error" : "border-success"}`
            : "sr-only"
        }
      >
        {message?.text}
      </div>
      {history.isError && (
        <Notice tone="error" title="The history could not be loaded." className="mt-4">
          {history.error.message}
        </Notice>
      )}
      {history.data && history.data.items.length === 0 && <EmptyState title="No changes are on record yet." />}
      <ol className="mt-6 space-y-8">
        {history.data?.items.map((entry) => {
          const restorable = !SAVES.has(entry.action) ? null : entry.action === "delete" ? entry.before : entry.after;
          const heading = `${ACTION_WORDS[entry.action] ?? entry.action}${entry.version ? ` (version ${entry.version})` : ""}`;
          return (
            <li key={entry.id} className="rounded-card border border-line bg-paper p-4">
              <h2 className="text-xl font-bold">{heading}</h2>
              <p className="text-muted">
                By {entry.actorName ?? "someone unknown"} on {formatWhen(entry.at)}
              </p>
              <ChangeTable before={entry.before} after={entry.after} caption={`What changed: ${heading}`} />
              {restorable != null &&
                (confirming === entry.id ? (
                  <div className="mt-3 flex flex-wrap items-center gap-3">
                    <span className="font-bold">Save this version as the newest?</span>
                    <button
                      type="button"
                      className={buttonClass("primary")}
                      disabled={restore.isPending}
                      onClick={() => restoreEntry(entry.id, entry.version)}
                    >
                      Yes, restore it
                    </button>
                    <button type="button" className={buttonClass("secondary")} onClick={() => setConfirming(null)}>
                      Cancel
                    </button>
                  </div>
                ) : (
                  <button
                    type="button"
                    className={`${buttonClass("secondary")} mt-3`}
                    onClick={() => setConfirming(entry.id)}
                  >
                    Restore this version<span className="sr-only"> ({heading})</span>
                  </button>
                ))}
            </li>
          );
        })}
      </ol>
    </>
  );
}
