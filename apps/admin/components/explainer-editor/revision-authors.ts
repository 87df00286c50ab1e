/** An audit entry as the history procedure returns it (only what matching needs). */
export interface ChangeEntry {
  at: string;
  actorName: string | null;
}

/** Within this long of a revision's publish time, an audit entry is the publish itself. */
const SAME_MOMENT_MS = 60_000;

/**
 * The name of who published a revision, read from the audit entry saved at the same moment
 * (revisions keep only a user id). Null when no entry is that close.
 */
export function publisherName(publishedAt: string, changes: readonly ChangeEntry[]): string | null {
  const at = Date.parse(publishedAt);
  let best: { distance: number; name: string | null } | null = null;
  for (const change of changes) {
    const distance = Math.abs(Date.parse(change.at) - at);
    if (distance <= SAME_MOMENT_MS && (!best || distance < best.distance)) best = { distance, name: change.actorName };
  }
  return best?.name ?? null;
}
