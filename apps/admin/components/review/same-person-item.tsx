"use client";

import { buttonClass } from "@legible/ui/button";
import { Table } from "@legible/ui/table";
import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { linkClass } from "@/components/form-kit/styles";
import { useTRPC } from "@/lib/trpc";
import type { OnDecided, ReviewItem } from "./review-types";
import { identifierLines, incomingOrigin, valueWords } from "./review-words";
import { useDecide } from "./use-decide";

interface PersonFacts {
  id?: unknown;
  name?: unknown;
  givenName?: unknown;
  familyName?: unknown;
  sourceIds?: unknown;
}

const ROWS: Array<{ label: string; of: (person: PersonFacts | null) => string }> = [
  { label: "Name", of: (person) => valueWords(person?.name) },
  { label: "Given name", of: (person) => valueWords(person?.givenName) },
  { label: "Family name", of: (person) => valueWords(person?.familyName) },
  { label: "Ids in other systems", of: (person) => identifierLines(person).join("; ") || "(none)" },
  {
    label: "Sources",
    of: (person) => (Array.isArray(person?.sourceIds) ? String(person.sourceIds.length) : "(none)"),
  },
  { label: "Id", of: (person) => valueWords(person?.id) },
];

/** "Same person?": the incoming person and the one on record, side by side, and the two answers. */
export function SamePersonItem({ item, onDecided }: { item: ReviewItem; onDecided: OnDecided }) {
  const trpc = useTRPC();
  const onRecord = useQuery(trpc.people.get.queryOptions({ id: item.recordId }));
  const incoming = (item.incoming ?? null) as PersonFacts | null;
  const { system, place } = incomingOrigin(incoming);
  const incomingName = valueWords(incoming?.name);
  const recordName = item.recordName ?? item.recordId;
  const { decide, failure, busy } = useDecide(item, onDecided);
  const headingId = `review-${item.id}-heading`;

  return (
    <article aria-labelledby={headingId} className="rounded-card border border-line bg-paper p-4">
      <h3 id={headingId} className="text-lg font-bold">
        Same person? {system} ‘{incomingName}’{place ? ` (${place})` : ""} and {recordName} on record
      </h3>
      <p className="mt-1 text-muted">{item.reason}</p>
      <Table
        caption={`The incoming person and ${recordName} on record, fact by fact`}
        rows={ROWS}
        rowKey={(row) => row.label}
        columns={[
          {
            key: "fact",
            header: "Fact",
            rowHeader: true,
            cell: (row) => <span className="font-bold">{row.label}</span>,
          },
          { key: "incoming", header: "Coming in", className: "break-words", cell: (row) => row.of(incoming) },
          {
            key: "record",
            header: "On record",
            className: "break-words",
            cell: (row) =>
              onRecord.data
                ? row.of(onRecord.data as PersonFacts)
                : onRecord.isError
                  ? "No longer on record"
                  : "Loading…",
          },
        ]}
      />
      <p className="mt-2">
        <Link className={linkClass} href={`/people/${encodeURIComponent(item.recordId)}`}>
          Open {recordName}’s record
        </Link>
      </p>
      {failure && (
        <p role="alert" className="mt-2 font-bold text-error">
          {failure}
        </p>
      )}
      <div className="mt-3 flex flex-wrap gap-3">
        <button
          type="button"
          className={buttonClass("primary")}
          disabled={busy}
          onClick={() =>
            decide("same-person", `Same person: ${recordName} now carries ${system.replace(/’s$/, "")}’s ids.`)
          }
        >
          Same person
          <span className="sr-only">
            : {incomingName} is {recordName}
          </span>
        </button>
        <button
          type="button"
          className={buttonClass("secondary")}
          disabled={busy}
          onClick={() => decide("different-person", `Different people: ${incomingName} is added as a new person.`)}
        >
          Different people
          <span className="sr-only">
            : {incomingName} is not {recordName}
          </span>
        </button>
      </div>
    </article>
  );
}
