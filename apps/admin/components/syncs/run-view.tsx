"use client";

import type { ConnectorReport } from "@legible/connectors";
import { Notice } from "@legible/ui/notice";
import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useTRPC } from "@/lib/trpc";
import { RunReport } from "./run-report";
import { formatWhen, isActive, RUN_STATUS_WORDS, RUN_TRIGGER_WORDS, syncHref } from "./sync-types";

/** One run: live progress while it goes (polled every 1.5 s), then its report and any error. */
export function RunView({ runId }: { runId: string }) {
  const trpc = useTRPC();
  const query = useQuery({
    ...trpc.syncs.run.queryOptions({ runId }),
    refetchInterval: (q) => (isActive(q.state.data?.run.status) ? 1_500 : false),
  });
  if (query.isPending) return <p role="status">Loading the run…</p>;
  if (query.isError)
    return (
      <Notice tone="error" title="The run could not be loaded.">
        {query.error.message}
      </Notice>
    );
  const { run, source } = query.data;
  const active = isActive(run.status);
  const lines = run.progress?.lines ?? [];
  return (
    <>
      <p>
        <Link href={syncHref(source.id)} className="underline">
          ← {source.name}
        </Link>
      </p>
      <h1 className="mt-2 font-serif text-3xl font-bold">Run of {source.name}</h1>
      <dl className="mt-4 grid max-w-xl grid-cols-[max-content_1fr] gap-x-4 gap-y-1">
        <dt className="font-bold">Status</dt>
        <dd>
          <span role="status" data-testid="run-status">
            {RUN_STATUS_WORDS[run.status] ?? run.status}
          </span>
        </dd>
        <dt className="font-bold">Started by</dt>
        <dd>
          {RUN_TRIGGER_WORDS[run.trigger] ?? run.trigger}
          {run.requestedBy ? ` (${run.requestedBy})` : ""}
        </dd>
        <dt className="font-bold">Started</dt>
        <dd>{formatWhen(run.startedAt)}</dd>
        <dt className="font-bold">Finished</dt>
        <dd>{formatWhen(run.finishedAt)}</dd>
      </dl>
      {run.error && (
        <div className="mt-6 rounded-card border border-error p-4">
          <h2 className="text-xl font-bold text-error">What went wrong</h2>
          <p className="mt-1 break-words">{run.error}</p>
          <p className="mt-1 text-muted">
            Whatever was written before stays; the next run starts where this one stopped.
          </p>
        </div>
      )}
      <section aria-labelledby="run-progress" className="mt-8">
        <h2 id="run-progress" className="font-serif text-2xl font-bold">
          Progress
        </h2>
        {lines.length === 0 ? (
          <p className="mt-2">{active ? "Starting…" : "Nothing was reported."}</p>
        ) : (
          <ol aria-live={active ? "polite" : "off"} className="mt-2 list-decimal space-y-1 pl-6 font-mono text-sm">
            {lines.map((line, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: lines are appended, never reordered
              <li key={i}>{line}</li>
            ))}
          </ol>
        )}
      </section>
      {!active && <RunReport report={run.report as Partial<ConnectorReport> | null} />}
    </>
  );
}
