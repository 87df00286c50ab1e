"use client";

import { buttonClass } from "@legible/ui/button";
import Link from "next/link";
import { linkClass } from "@/components/form-kit/styles";
import { collectionOfType } from "@/lib/records/registry";
import { RemovedUpstreamBadge } from "./removed-upstream-badge";
import type { OnDecided, ReviewItem } from "./review-types";
import { useDecide } from "./use-decide";

/** When the sync found it gone, as the item records it. */
function goneAt(item: ReviewItem): string | null {
  const value = (item.incomingValue as { goneUpstreamAt?: unknown } | null)?.goneUpstreamAt;
  return typeof value === "string" ? value : null;
}

/** "Removed upstream": a record the official system no longer lists, off the public site until staff decide. */
export function UpstreamRemovedItem({ item, onDecided }: { item: ReviewItem; onDecided: OnDecided }) {
  const { decide, failure, busy } = useDecide(item, onDecided);
  const recordName = item.recordName ?? item.recordId;
  const config = collectionOfType(item.recordType);
  const headingId = `review-${item.id}-heading`;
  const at = goneAt(item);

  return (
    <article aria-labelledby={headingId} className="rounded-card border border-line bg-paper p-4">
      <h3 id={headingId} className="text-lg font-bold">
        Removed upstream: {recordName}
      </h3>
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
      {config && (
        <p className="mt-2">
          <Link className={linkClass} href={`/${config.slug}/${encodeURIComponent(item.recordId)}`}>
            Open {recordName}’s record
          </Link>
        </p>
      )}
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
            decide("keep-public", `${recordName} is public again; later syncs will not take it down for this removal.`)
          }
        >
          Keep it public
          <span className="sr-only">: {recordName}</span>
        </button>
        <button
          type="button"
          className={buttonClass("secondary")}
          disabled={busy}
          onClick={() => decide("confirm-removal", `${recordName} stays off the public site; its record is kept.`)}
        >
          Confirm removal
          <span className="sr-only">: {recordName}</span>
        </button>
      </div>
    </article>
  );
}
