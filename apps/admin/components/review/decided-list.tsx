"use client";

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
    <div className="mt-2 overflow-x-auto">
      <table className="w-full border-collapse bg-paper">
        <caption className="sr-only">Decided items, newest first</caption>
        <thead>
          <tr className="border-b-2 border-ink text-left">
            <th scope="col" className="p-2">
              Question
            </th>
            <th scope="col" className="p-2">
              Decision
            </th>
            <th scope="col" className="p-2">
              Who
            </th>
            <th scope="col" className="p-2">
              When
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id} className="border-b border-line align-top">
              <td className="p-2 break-words">{question(item)}</td>
              <td className="p-2">{RESOLUTION_WORDS[item.resolution ?? ""] ?? item.resolution}</td>
              <td className="p-2">{item.resolvedBy ?? "Unknown"}</td>
              <td className="p-2">{item.resolvedAt ? formatWhen(item.resolvedAt) : ""}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
