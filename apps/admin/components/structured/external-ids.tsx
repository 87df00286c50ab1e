"use client";

import { formatWhen } from "@/lib/form-kit/when";
import { provenanceOf } from "@/lib/records/structured/external";
import { identifierLines } from "../review/review-words";
import type { StructuredEditorProps } from "./types";

/**
 * A record's ids in other systems and where a sync last read it. Connectors write both (a sync
 * matches incoming records by these ids first), so staff read them here and never edit them.
 */
export function ExternalIds({ label, value, formValues }: StructuredEditorProps) {
  const lines = identifierLines({ identifiers: value });
  const provenance = provenanceOf(formValues?.provenance);
  if (lines.length === 0 && provenance === null) return null;
  return (
    <section aria-labelledby="external-ids-heading" className="max-w-2xl rounded-card border border-line bg-paper p-4">
      <h2 id="external-ids-heading" className="font-bold">
        {label}
      </h2>
      <p className="mt-1 text-muted">
        Written by the sync that brought this record in; kept as they are when you save.
      </p>
      {lines.length ? (
        <ul className="mt-2 list-disc pl-6">
          {lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      ) : null}
      {provenance ? (
        <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
          <dt className="font-bold">Read by</dt>
          <dd>{provenance.connector}</dd>
          {provenance.upstreamUrl ? (
            <>
              <dt className="font-bold">From</dt>
              <dd className="break-all">{provenance.upstreamUrl}</dd>
            </>
          ) : null}
          <dt className="font-bold">Last read</dt>
          <dd>{formatWhen(provenance.fetchedAt)}</dd>
        </dl>
      ) : null}
    </section>
  );
}
