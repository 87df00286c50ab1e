import { createIdentityLookup, type IdentityLookup } from "./identity";
import type { Tx } from "./record-kind";
import { createReviewQueueWriter, type ReviewQueueWriter } from "./review";
import { createUpstreamSnapshots, type UpstreamSnapshots } from "./upstream";

/** What a sync's batch works with, all bound to the batch's one transaction. */
export interface SyncBatchContext<Stores> {
  stores: Stores;
  snapshots: UpstreamSnapshots;
  identity: IdentityLookup;
  review: ReviewQueueWriter;
}

export function syncBatchContext<Stores>(tx: Tx, stores: Stores): SyncBatchContext<Stores> {
  return {
    stores,
    snapshots: createUpstreamSnapshots(tx),
    identity: createIdentityLookup(tx),
    review: createReviewQueueWriter(tx),
  };
}
