"use client";

import { collectionOfType } from "@/lib/records/registry";
import { RemovedUpstreamBadge } from "./removed-upstream-badge";
import { ReviewCard } from "./review-card";
import type { OnDecided, ReviewItem } from "./review-types";

/** When the sync found it gone, as the item records it. */
function goneAt(item: ReviewItem): string | null {
  const value = (item.incomingValue as { goneUpstreamAt?: unknown } | null)?.goneUpstreamAt;
  return typeof value === "string" ? value : null;
}

/** "Removed upstream": a record the official system no longer lists, off the public site until staff decide. */
export function UpstreamRemovedItem({ item, onDecided }: { item: ReviewItem; onDecided: OnDecided }) {
  const recordName = item.recordName ?? item.recordId;
  const config = collectionOfType(item.recordType);
  const at = goneAt(item);

  return (
    <ReviewCard
      item={item}
      onDecided={onDecided}
      heading={`Removed upstream: ${recordName}`}
      recordHref={config ? `/${config.slug}/${encodeURIComponent(item.recordId)}` : null}
      answers={[
        {
          resolution: "keep-public",
          label: "Keep it public",
          spoken: `: ${recordName}`,
          done: `${recordName} is public again; later syncs will not take it down for this removal.`,
        },
        {
          resolution: "confirm-removal",
          label: "Confirm removal",
          spoken: `: ${recordName}`,
          done: `${recordName} stays off the public site; its record is kept.`,
        },
      ]}
    >
      {at && (
        <p className="mt-1">
          <RemovedUpstreamBadge goneUpstreamAt={at} />
        </p>
      )}
      <p className="mt-1 text-muted">{item.reason}</p>
      <p className="mt-1">
        It is off the public site and kept here; nothing of it is deleted. Its id there was{" "}
        <code className="break-all">{item.field}</code>.
      </p>
    </ReviewCard>
  );
}
