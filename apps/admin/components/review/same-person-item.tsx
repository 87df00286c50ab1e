"use client";

import { Table } from "@legible/ui/table";
import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "@/lib/trpc";
import { ReviewCard } from "./review-card";
import type { OnDecided, ReviewItem } from "./review-types";
import { identifierLines, incomingOrigin, valueWords } from "./review-words";

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

  return (
    <ReviewCard
      item={item}
      onDecided={onDecided}
      heading={`Same person? ${system} ‘${incomingName}’${place ? ` (${place})` : ""} and ${recordName} on record`}
      recordHref={`/people/${encodeURIComponent(item.recordId)}`}
      answers={[
        {
          resolution: "same-person",
          label: "Same person",
          spoken: `: ${incomingName} is ${recordName}`,
          done: `Same person: ${recordName} now carries ${system.replace(/’s$/, "")}’s ids.`,
        },
        {
          resolution: "different-person",
          label: "Different people",
          spoken: `: ${incomingName} is not ${recordName}`,
          done: `Different people: ${incomingName} is added as a new person.`,
        },
      ]}
    >
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
    </ReviewCard>
  );
}
