"use client";

import { EmptyState } from "@legible/ui/empty-state";
import { Notice } from "@legible/ui/notice";
import { Table } from "@legible/ui/table";
import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useTRPC } from "@/lib/trpc";
import { RunNowButton } from "./run-now-button";
import { editHref, formatWhen, isActive, RUN_STATUS_WORDS, RUN_TRIGGER_WORDS, runHref } from "./sync-types";

/** A sync's settings in words and its runs, newest first. */
export function SyncDetail({ id, canEdit }: { id: string; canEdit: boolean }) {
  const trpc = useTRPC();
  const query = useQuery({
    ...trpc.syncs.get.queryOptions({ id }),
    refetchInterval: (q) => (q.state.data?.runs.some((r) => isActive(r.status)) ? 2_000 : false),
  });
  if (query.isPending) return <p role="status">Loading the sync…</p>;
  if (query.isError)
    return (
      <Notice tone="error" title="The sync could not be loaded.">
        {query.error.message}
      </Notice>
    );
  const { source, runs } = query.data;
  const settings = source.settings as Record<string, unknown>;
  const facts: Array<[string, string]> = [
    ["Reads from", source.connectorLabel],
    ...(typeof settings.client === "string" ? [["Legistar client name", settings.client] as [string, string]] : []),
    ...(typeof settings.apiBase === "string" ? [["API address", settings.apiBase] as [string, string]] : []),
    ...(typeof settings.folder === "string" ? [["Folder", settings.folder] as [string, string]] : []),
    ...(typeof settings.timeZone === "string" ? [["Time zone", settings.timeZone] as [string, string]] : []),
    ["API token", source.hasToken ? "Saved (not shown)" : "None"],
    ["Schedule", source.enabled ? source.scheduleText : `Switched off (${source.scheduleText.toLowerCase()})`],
    ["Next run", source.nextRunAt ? formatWhen(source.nextRunAt) : "When started"],
  ];
  return (
    <>
      <p>
        <Link href="/syncs" className="underline">
          ← All syncs
        </Link>
      </p>
      <h1 className="mt-2 font-serif text-3xl font-bold">{source.name}</h1>
      <dl className="mt-4 grid max-w-2xl grid-cols-[max-content_1fr] gap-x-4 gap-y-1">
        {facts.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-bold">{label}</dt>
            <dd className="break-all">{value}</dd>
          </div>
        ))}
      </dl>
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <RunNowButton syncId={source.id} syncName={source.name} />
        {canEdit && (
          <Link href={editHref(source.id)} className="font-bold underline">
            Edit this sync
          </Link>
        )}
      </div>
      <h2 className="mt-8 font-serif text-2xl font-bold">Runs</h2>
      {runs.length === 0 ? (
        <EmptyState title="Not run yet." />
      ) : (
        <Table
          caption={`Runs of ${source.name}, newest first`}
          rows={runs}
          rowKey={(run) => run.id}
          columns={[
            {
              key: "run",
              header: "Run",
              cell: (run) => (
                <Link href={runHref(run.id)} className="underline">
                  {formatWhen(run.startedAt ?? run.createdAt)}
                </Link>
              ),
            },
            {
              key: "outcome",
              header: "Outcome",
              cell: (run) => `${RUN_STATUS_WORDS[run.status] ?? run.status}${run.error ? `: ${run.error}` : ""}`,
            },
            {
              key: "by",
              header: "Started by",
              cell: (run) =>
                `${RUN_TRIGGER_WORDS[run.trigger] ?? run.trigger}${run.requestedBy ? ` (${run.requestedBy})` : ""}`,
            },
            { key: "finished", header: "Finished", cell: (run) => formatWhen(run.finishedAt) },
          ]}
        />
      )}
    </>
  );
}
