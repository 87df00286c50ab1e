"use client";

import type { ConnectorReport } from "@legible/connectors";
import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { RunReport } from "@/components/syncs/run-report";
import { formatWhen, isActive, RUN_STATUS_WORDS } from "@/components/syncs/sync-types";
import { sizeInWords } from "@/lib/transfer/upload";
import { FORMAT_CHOICES } from "@/lib/transfer/words";
import { useTRPC } from "@/lib/trpc";

interface LeftOut {
  place: string;
  title: string;
  reason: string;
}

/** What an import job's report adds to a sync's: records left out by place, and how many went unlisted. */
interface ImportReportExtras {
  items?: number;
  left?: LeftOut[];
  unlisted?: { quarantined: number; left: number };
  resumedAt?: number[];
}

/**
 * One import of a large file: live progress while it runs (polled every 1.5 s), then its report,
 * shown as a sync run's is. `headingLevel` 2 when it sits inside the Transfer page.
 */
export function ImportJobView({ jobId, headingLevel = 1 }: { jobId: string; headingLevel?: 1 | 2 }) {
  const trpc = useTRPC();
  const query = useQuery({
    ...trpc.transfer.job.queryOptions({ id: jobId }),
    refetchInterval: (q) => (isActive(q.state.data?.status) ? 1_500 : false),
  });
  if (query.isPending) return <p role="status">Loading the import…</p>;
  if (query.isError)
    return (
      <p role="alert" className="font-bold text-error">
        The import could not be loaded: {query.error.message}
      </p>
    );
  const job = query.data;
  const active = isActive(job.status);
  const lines = job.progress?.lines ?? [];
  const report = job.report as (Partial<ConnectorReport> & ImportReportExtras) | null;
  const format = FORMAT_CHOICES.find((choice) => choice.value === job.format)?.label ?? job.format;
  const Heading = headingLevel === 1 ? "h1" : "h2";
  const Sub = headingLevel === 1 ? "h2" : "h3";
  const left = report?.left ?? [];
  return (
    <div data-testid="import-job">
      <Heading className={headingLevel === 1 ? "font-serif text-3xl font-bold" : "font-serif text-2xl font-bold"}>
        Import of {job.fileName}
      </Heading>
      <dl className="mt-4 grid max-w-xl grid-cols-[max-content_1fr] gap-x-4 gap-y-1">
        <dt className="font-bold">Status</dt>
        <dd>
          <span role="status" data-testid="import-status">
            {RUN_STATUS_WORDS[job.status] ?? job.status}
          </span>
        </dd>
        <dt className="font-bold">File</dt>
        <dd>
          {format}, {sizeInWords(job.fileBytes)}
        </dd>
        <dt className="font-bold">Started by</dt>
        <dd>{job.requestedBy ?? "—"}</dd>
        <dt className="font-bold">Started</dt>
        <dd>{formatWhen(job.startedAt)}</dd>
        <dt className="font-bold">Finished</dt>
        <dd>{formatWhen(job.finishedAt)}</dd>
      </dl>
      {job.error && (
        <div className="mt-6 rounded-card border border-error p-4">
          <Sub className="text-xl font-bold text-error">What went wrong</Sub>
          <p className="mt-1 break-words">{job.error}</p>
          <p className="mt-1 text-muted">
            The batches written before the stop stay. Started again, the import goes on after the last one.
          </p>
        </div>
      )}
      <section aria-labelledby={`import-progress-${job.id}`} className="mt-8">
        <Sub id={`import-progress-${job.id}`} className="font-serif text-2xl font-bold">
          Progress
        </Sub>
        {lines.length === 0 ? (
          <p className="mt-2">
            {active ? "Waiting for the server to start reading the file…" : "Nothing was reported."}
          </p>
        ) : (
          <ol aria-live={active ? "polite" : "off"} className="mt-2 list-decimal space-y-1 pl-6 font-mono text-sm">
            {lines.map((line, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: lines are appended, never reordered
              <li key={i}>{line}</li>
            ))}
          </ol>
        )}
      </section>
      {!active && <RunReport report={report} />}
      {!active && left.length > 0 && (
        <section aria-labelledby={`import-left-${job.id}`} className="mt-8">
          <Sub id={`import-left-${job.id}`} className="text-xl font-bold">
            Records left out
          </Sub>
          <ul className="mt-2 list-disc space-y-1 pl-5">
            {left.map((skip, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: one place may hold two problems
              <li key={`${skip.place}:${i}`}>
                <span className="font-mono text-sm">{skip.place}</span> ({skip.title}): {skip.reason}
              </li>
            ))}
          </ul>
        </section>
      )}
      {!active && report?.unlisted && report.unlisted.left + report.unlisted.quarantined > 0 && (
        <p className="mt-4">
          The lists above show the first 1,000 of each; {report.unlisted.quarantined} more values set aside and{" "}
          {report.unlisted.left} more records left out are counted in the table but not listed.
        </p>
      )}
      {headingLevel === 1 && (
        <p className="mt-8">
          <Link href="/transfer" className="underline">
            Back to import and export
          </Link>
        </p>
      )}
    </div>
  );
}
