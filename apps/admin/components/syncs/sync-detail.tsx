"use client";

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
      <p role="alert" className="font-bold text-error">
        The sync could not be loaded: {query.error.message}
      </p>
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
        <p className="mt-2">Not run yet.</p>
      ) : (
        <table className="mt-3 w-full border-collapse bg-paper text-left">
          <caption className="sr-only">Runs of {source.name}, newest first</caption>
          <thead>
            <tr className="border-b-2 border-ink">
              <th scope="col" className="p-2">
                Run
              </th>
              <th scope="col" className="p-2">
                Outcome
              </th>
              <th scope="col" className="p-2">
                Started by
              </th>
              <th scope="col" className="p-2">
                Finished
              </th>
            </tr>
          </thead>
          <tbody>
            {runs.map((run) => (
              <tr key={run.id} className="border-b border-line align-top">
                <td className="p-2">
                  <Link href={runHref(run.id)} className="underline">
                    {formatWhen(run.startedAt ?? run.createdAt)}
                  </Link>
                </td>
                <td className="p-2">
                  {RUN_STATUS_WORDS[run.status] ?? run.status}
                  {run.error ? `: ${run.error}` : ""}
                </td>
                <td className="p-2">
                  {RUN_TRIGGER_WORDS[run.trigger] ?? run.trigger}
                  {run.requestedBy ? ` (${run.requestedBy})` : ""}
                </td>
                <td className="p-2">{formatWhen(run.finishedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
