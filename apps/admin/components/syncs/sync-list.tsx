"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useTRPC } from "@/lib/trpc";
import { RunNowButton } from "./run-now-button";
import { formatWhen, isActive, RUN_STATUS_WORDS, runHref, syncHref } from "./sync-types";

/** Every sync with its schedule, last run and next run; refreshes while a run is going. */
export function SyncList() {
  const trpc = useTRPC();
  const syncs = useQuery({
    ...trpc.syncs.list.queryOptions(),
    refetchInterval: (query) => (query.state.data?.some((s) => isActive(s.latestRun?.status)) ? 2_000 : false),
  });
  if (syncs.isPending) return <p role="status">Loading syncs…</p>;
  if (syncs.isError)
    return (
      <p role="alert" className="font-bold text-error">
        The syncs could not be loaded: {syncs.error.message}
      </p>
    );
  if (syncs.data.length === 0) return <p className="mt-6">No syncs yet.</p>;
  return (
    <div className="mt-6 overflow-x-auto">
      <table className="w-full border-collapse bg-paper text-left">
        <caption className="sr-only">Syncs</caption>
        <thead>
          <tr className="border-b-2 border-ink">
            <th scope="col" className="p-2">
              Name
            </th>
            <th scope="col" className="p-2">
              Reads from
            </th>
            <th scope="col" className="p-2">
              Schedule
            </th>
            <th scope="col" className="p-2">
              Last run
            </th>
            <th scope="col" className="p-2">
              Next run
            </th>
            <th scope="col" className="p-2">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {syncs.data.map((sync) => (
            <tr key={sync.id} className="border-b border-line align-top">
              <td className="p-2">
                <Link href={syncHref(sync.id)} className="font-bold underline">
                  {sync.name}
                </Link>
              </td>
              <td className="p-2">{sync.connectorLabel}</td>
              <td className="p-2">{sync.enabled ? sync.scheduleText : "Switched off"}</td>
              <td className="p-2">
                {sync.latestRun ? (
                  <Link href={runHref(sync.latestRun.id)} className="underline">
                    {RUN_STATUS_WORDS[sync.latestRun.status] ?? sync.latestRun.status},{" "}
                    {formatWhen(sync.latestRun.finishedAt ?? sync.latestRun.startedAt ?? sync.latestRun.createdAt)}
                  </Link>
                ) : (
                  "Never run"
                )}
              </td>
              <td className="p-2">{sync.nextRunAt ? formatWhen(sync.nextRunAt) : "When started"}</td>
              <td className="p-2">
                <RunNowButton syncId={sync.id} syncName={sync.name} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
