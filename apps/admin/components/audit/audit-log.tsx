"use client";

import { RECORD_TYPES } from "@legible/core";
import { EmptyState } from "@legible/ui/empty-state";
import { Notice } from "@legible/ui/notice";
import { Table } from "@legible/ui/table";
import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { inputClass, linkClass } from "@/components/form-kit/styles";
import { formatWhen } from "@/lib/form-kit/when";
import { collectionOfType } from "@/lib/records/registry";
import { useTRPC } from "@/lib/trpc";
import { UndoMerge } from "../merge/undo-merge";
import { Pagination } from "../records/pagination";
import { useUrlState } from "../records/use-url-state";

const PAGE_SIZE = 25;
/** The audit list's kinds of change (the staff API's own list): saves, deletes, records checks, merges of people and their undoing. */
const AUDIT_ACTIONS = ["create", "update", "delete", "check-records", "merge", "unmerge"] as const;

/** A day typed as YYYY-MM-DD as the start (or the end) of that day, in UTC. */
function dayBound(day: string, end: boolean): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return undefined;
  return `${day}T${end ? "23:59:59" : "00:00:00"}Z`;
}

/** The record a change was made to, linked to its history when the staff app edits that kind. */
function RecordLink({ entry }: { entry: { recordType: string; recordId: string } }) {
  const config = collectionOfType(entry.recordType);
  return (
    <>
      {entry.recordType}:{" "}
      {config ? (
        <Link className={linkClass} href={`/${config.slug}/${encodeURIComponent(entry.recordId)}/history`}>
          {entry.recordId}
        </Link>
      ) : (
        entry.recordId
      )}
    </>
  );
}

/** Who changed what and when, filtered by person, kind of record, kind of change and dates. */
export function AuditLog() {
  const trpc = useTRPC();
  const url = useUrlState();
  const page = Number(url.get("page")) || 1;
  const actors = useQuery(trpc.audit.actors.queryOptions());
  const action = url.get("action");
  const log = useQuery({
    ...trpc.audit.list.queryOptions({
      actorName: url.get("who") || undefined,
      recordType: url.get("type") || undefined,
      action: AUDIT_ACTIONS.find((known) => known === action),
      from: dayBound(url.get("from"), false),
      to: dayBound(url.get("to"), true),
      page,
      pageSize: PAGE_SIZE,
    }),
    placeholderData: (previous) => previous,
  });

  const select = (id: string, label: string, key: string, options: readonly string[]) => (
    <div>
      <label htmlFor={id} className="block font-bold">
        {label}
      </label>
      <select id={id} className={inputClass} value={url.get(key)} onChange={(e) => url.set({ [key]: e.target.value })}>
        <option value="">Anyone or anything</option>
        {options.map((option) => (
          <option key={option} value={option}>
            {option}
          </option>
        ))}
      </select>
    </div>
  );
  const date = (id: string, label: string, key: string) => (
    <div>
      <label htmlFor={id} className="block font-bold">
        {label}
      </label>
      <input
        id={id}
        type="date"
        className={inputClass}
        value={url.get(key)}
        onChange={(e) => url.set({ [key]: e.target.value })}
      />
    </div>
  );
  const actorNames = actors.data ?? [];

  return (
    <>
      <h1 className="font-serif text-3xl font-bold">Audit log</h1>
      <search className="mt-6 grid gap-4 md:grid-cols-3">
        {select("audit-who", "Who", "who", actorNames)}
        {select("audit-type", "Kind of record", "type", RECORD_TYPES)}
        {select("audit-action", "Change", "action", AUDIT_ACTIONS)}
        {date("audit-from", "From (day)", "from")}
        {date("audit-to", "To (day)", "to")}
      </search>
      <div aria-live="polite" className="mt-6">
        {log.isError ? (
          <Notice tone="error" title="The log could not be loaded.">
            {log.error.message}
          </Notice>
        ) : !log.data ? (
          <p>Loading…</p>
        ) : log.data.total === 0 ? (
          <EmptyState title="No changes match.">Try wider dates or fewer filters.</EmptyState>
        ) : (
          <p>{log.data.total} changes.</p>
        )}
      </div>
      {log.data && log.data.items.length > 0 && (
        <Table
          caption="Changes, newest first"
          rows={log.data.items}
          rowKey={(entry) => String(entry.id)}
          columns={[
            { key: "when", header: "When", cell: (entry) => formatWhen(entry.at) },
            { key: "who", header: "Who", cell: (entry) => entry.actorName ?? "Unknown" },
            {
              key: "change",
              header: "Change",
              cell: (entry) => (
                <>
                  {entry.action}
                  {entry.version ? ` (version ${entry.version})` : ""}
                  {entry.action === "merge" && (
                    <UndoMerge entryId={entry.id} personId={entry.recordId} after={entry.after} />
                  )}
                </>
              ),
            },
            { key: "record", header: "Record", className: "break-all", cell: (entry) => <RecordLink entry={entry} /> },
          ]}
        />
      )}
      {log.data && <Pagination page={page} pageSize={PAGE_SIZE} total={log.data.total} />}
    </>
  );
}
