"use client";

import { Table } from "@legible/ui/table";
import { formatWhen } from "@/lib/form-kit/when";
import type { ReviewItem } from "./review-types";
import { fieldWords, RESOLUTION_WORDS, valueWords } from "./review-words";

function question(item: ReviewItem): string {
  const name = item.recordName ?? item.recordId;
  if (item.kind === "same-person") {
    return `Same person? ‘${valueWords((item.incoming as { name?: unknown } | null)?.name)}’ and ${name}`;
  }
  if (item.kind === "upstream-removed") return `Removed upstream: ${name}`;
  return `Changed upstream: the ${fieldWords(item.field)} of ${name}`;
}

/** Items already decided: what, the answer, who and when. */
export function DecidedList({ items }: { items: readonly ReviewItem[] }) {
  return (
    <Table
      caption="Decided items, newest first"
      rows={items}
      rowKey={(item) => String(item.id)}
      columns={[
        { key: "question", header: "Question", className: "break-words", cell: (item) => question(item) },
        {
          key: "decision",
          header: "Decision",
          cell: (item) => RESOLUTION_WORDS[item.resolution ?? ""] ?? item.resolution,
        },
        { key: "who", header: "Who", cell: (item) => item.resolvedBy ?? "Unknown" },
        { key: "when", header: "When", cell: (item) => (item.resolvedAt ? formatWhen(item.resolvedAt) : "") },
      ]}
    />
  );
}
