"use client";

import { collectionOfType } from "@/lib/records/registry";
import { ReviewCard } from "./review-card";
import type { OnDecided, ReviewItem } from "./review-types";
import { fieldWords, valueWords } from "./review-words";

/** "Changed upstream": the value staff set and the one upstream now gives, and the two answers. */
export function UpstreamChangeItem({ item, onDecided }: { item: ReviewItem; onDecided: OnDecided }) {
  const field = fieldWords(item.field);
  const recordName = item.recordName ?? item.recordId;
  const config = collectionOfType(item.recordType);

  return (
    <ReviewCard
      item={item}
      onDecided={onDecided}
      heading={`Changed upstream: the ${field} you edited on ${recordName}`}
      recordHref={config ? `/${config.slug}/${encodeURIComponent(item.recordId)}` : null}
      answers={[
        {
          resolution: "keep-staff",
          label: "Keep ours",
          spoken: `: the ${field} you edited on ${recordName}`,
          done: `Kept your ${field} on ${recordName}; this upstream value will not ask again.`,
        },
        {
          resolution: "take-upstream",
          label: "Use theirs",
          spoken: `: the upstream ${field} on ${recordName}`,
          done: `Used the upstream ${field} on ${recordName}.`,
        },
      ]}
    >
      <p className="mt-1 text-muted">{item.reason}</p>
      <dl className="mt-3 grid gap-3 md:grid-cols-2">
        <div className="rounded border border-line p-3">
          <dt className="font-bold">Your value (on record now)</dt>
          <dd className="mt-1 whitespace-pre-wrap break-words">{valueWords(item.currentValue)}</dd>
        </div>
        <div className="rounded border border-line p-3">
          <dt className="font-bold">The upstream value</dt>
          <dd className="mt-1 whitespace-pre-wrap break-words">{valueWords(item.incomingValue)}</dd>
        </div>
      </dl>
    </ReviewCard>
  );
}
