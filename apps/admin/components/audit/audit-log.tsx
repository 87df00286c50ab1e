"use client";

import { RECORD_TYPES } from "@legible/core";
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
          <p role="alert">{log.error.message}</p>
        ) : !log.data ? (
          <p>Loading…</p>
        ) : log.data.total === 0 ? (
          <p>No changes match. Try wider dates or fewer filters.</p>
        ) : (
          <p>{log.data.total} changes.</p>
        )}
      </div>
      {log.data && log.data.items.length > 0 && (
        <div className="mt-2 overflow-x-auto">
          <table className="w-full border-collapse bg-paper">
            <caption className="sr-only">Changes, newest first</caption>
            <thead>
              <tr className="border-b-2 border-ink text-left">
                <th scope="col" className="p-2">
                  When
                </th>
                <th scope="col" className="p-2">
                  Who
                </th>
                <th scope="col" className="p-2">
                  Change
                </th>
                <th scope="col" className="p-2">
                  Record
                </th>
              </tr>
            </thead>
            <tbody>
              {log.data.items.map((entry) => {
                const config = collectionOfType(entry.recordType);
                return (
                  <tr key={entry.id} className="border-b border-line align-top">
                    <td className="p-2">{formatWhen(entry.at)}</td>
                    <td className="p-2">{entry.actorName ?? "Unknown"}</td>
                    <td className="p-2">
                      {entry.action}
                      {entry.version ? ` (version ${entry.version})` : ""}
                      {entry.action === "merge" && (
                        <UndoMerge entryId={entry.id} personId={entry.recordId} after={entry.after} />
                      )}
                    </td>
                    <td className="p-2 break-all">
                      {entry.recordType}:{" "}
                      {config ? (
                        <Link
                          className={linkClass}
                          href={`/${config.slug}/${encodeURIComponent(entry.recordId)}/history`}
                        >
                          {entry.recordId}
                        </Link>
                      ) : (
                        entry.recordId
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {log.data && (
        <Pagination
          page={page}
          pageSize={PAGE_SIZE}
          total={log.data.total}
          onPage={(next) => url.set({ page: String(next) })}
        />
      )}
    </>
  );
}
