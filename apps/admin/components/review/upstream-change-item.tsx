"use client";

import { buttonClass } from "@legible/ui/button";
import Link from "next/link";
import { linkClass } from "@/components/form-kit/styles";
import { collectionOfType } from "@/lib/records/registry";
import type { OnDecided, ReviewItem } from "./review-types";
import { fieldWords, valueWords } from "./review-words";
import { useDecide } from "./use-decide";

/** "Changed upstream": the value staff set and the one upstream now gives, and the two answers. */
export function UpstreamChangeItem({ item, onDecided }: { item: ReviewItem; onDecided: OnDecided }) {
  const { decide, failure, busy } = useDecide(item, onDecided);
  const field = fieldWords(item.field);
  const recordName = item.recordName ?? item.recordId;
  const config = collectionOfType(item.recordType);
  const headingId = `review-${item.id}-heading`;

  return (
    <article aria-labelledby={headingId} className="rounded-card border border-line bg-paper p-4">
      <h3 id={headingId} className="text-lg font-bold">
        Changed upstream: the {field} you edited on {recordName}
      </h3>
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
            decide("keep-staff", `Kept your ${field} on ${recordName}; this upstream value will not ask again.`)
          }
        >
          Keep ours
          <span className="sr-only">
            : the {field} you edited on {recordName}
          </span>
        </button>
        <button
          type="button"
          className={buttonClass("secondary")}
          disabled={busy}
          onClick={() => decide("take-upstream", `Used the upstream ${field} on ${recordName}.`)}
        >
          Use theirs
          <span className="sr-only">
            : the upstream {field} on {recordName}
          </span>
        </button>
      </div>
    </article>
  );
}
