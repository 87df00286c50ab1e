"use client";

import { EmptyState } from "@legible/ui/empty-state";
import { Notice } from "@legible/ui/notice";
import { Table } from "@legible/ui/table";
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
      <Notice tone="error" title="The syncs could not be loaded.">
        {syncs.error.message}
      </Notice>
    );
  if (syncs.data.length === 0) return <EmptyState title="No syncs yet." />;
  return (
    <Table
      caption="Syncs"
      rows={syncs.data}
      rowKey={(sync) => sync.id}
      columns={[
        {
          key: "name",
          header: "Name",
          rowHeader: true,
          cell: (sync) => (
            <Link href={syncHref(sync.id)} className="font-bold underline">
              {sync.name}
            </Link>
          ),
        },
        { key: "reads", header: "Reads from", cell: (sync) => sync.connectorLabel },
        { key: "schedule", header: "Schedule", cell: (sync) => (sync.enabled ? sync.scheduleText : "Switched off") },
        {
          key: "last",
          header: "Last run",
          cell: (sync) =>
            sync.latestRun ? (
              <Link href={runHref(sync.latestRun.id)} className="underline">
                {RUN_STATUS_WORDS[sync.latestRun.status] ?? sync.latestRun.status},{" "}
                {formatWhen(sync.latestRun.finishedAt ?? sync.latestRun.startedAt ?? sync.latestRun.createdAt)}
              </Link>
            ) : (
              "Never run"
            ),
        },
        {
          key: "next",
          header: "Next run",
          cell: (sync) => (sync.nextRunAt ? formatWhen(sync.nextRunAt) : "When started"),
        },
        {
          key: "actions",
          header: <span className="sr-only">Actions</span>,
          cell: (sync) => <RunNowButton syncId={sync.id} syncName={sync.name} />,
        },
      ]}
    />
  );
}
