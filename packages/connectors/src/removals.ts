import type { Actor, Repositories } from "@legible/db";

type UpstreamRemovals = Repositories["upstreamRemovals"];
/** A record to mark gone or bring back, as the db package takes it. */
export type RemovalEntry = Parameters<UpstreamRemovals["markGone"]>[0][number];
/** The kinds of record a sync can find gone upstream. */
export type RemovableType = RemovalEntry["recordType"];

// Upstream deletions, for every connector: the ids a system still lists are compared with the
// records Legible holds under that system's ids. A record none of whose ids is listed any more
// is unpublished and waits in the review queue; one whose id is listed again is republished.
// Nothing is deleted. A listing that looks wrong (empty while Legible holds records, or missing
// more than half of them) unpublishes nothing, and the report says why.

/** A record found gone upstream, or back. */
export interface RemovedRecord {
  recordType: RemovableType;
  recordId: string;
  /** The id upstream, as core's identifierKey. */
  key: string;
  /** How staff recognise it; null when it has no name. */
  name: string | null;
}

/** A list whose removals were not applied, and why. */
export interface RemovalSkip {
  list: string;
  reason: string;
  /** The request that failed (method and address, never a token). */
  request?: string;
}

export interface RemovalReport {
  /** Records gone upstream this run: unpublished, each waiting in the review queue. */
  removed: RemovedRecord[];
  /** Records whose id came back upstream: published again. */
  restored: RemovedRecord[];
  /** Lists not compared, and why: nothing of them was unpublished. */
  skipped: RemovalSkip[];
  /** Each list compared: how many ids upstream gave, and how many records Legible holds under them. */
  checked: Array<{ list: string; upstream: number; held: number }>;
}

export function emptyRemovalReport(): RemovalReport {
  return { removed: [], restored: [], skipped: [], checked: [] };
}

/** A share of held records missing at once above which the listing is not trusted. */
export const MOST_GONE_AT_ONCE = 0.5;
/** Below this many held records, any share may go (a small council can lose half its committees). */
const SHARE_GUARD_FROM = 10;

const COLLECTION: Record<RemovableType, "people" | "bodies" | "measures" | "voteEvents" | "meetings"> = {
  person: "people",
  body: "bodies",
  measure: "measures",
  "vote-event": "voteEvents",
  meeting: "meetings",
};

async function nameOf(repositories: Repositories, entry: RemovalEntry): Promise<string | null> {
  const store = repositories[COLLECTION[entry.recordType]] as { get(id: string): Promise<unknown> };
  const record = (await store.get(entry.recordId)) as Record<string, unknown> | null;
  if (!record) return null;
  const text = (value: unknown) => (typeof value === "string" && value.trim() ? value.trim() : undefined);
  const title = text(record.title);
  if (title) return [text(record.identifier), title].filter(Boolean).join(": ");
  return text(record.name) ?? text(record.motionText) ?? null;
}

export interface CompareOptions {
  repositories: Repositories;
  report: RemovalReport;
  /** The list's name in the report: "matters", "bill files". */
  list: string;
  recordType: RemovableType;
  /** Keys of the records this source holds start with this (`legistar:chicago:`). */
  keyPrefix: string;
  /** The keys upstream lists now, whole (`legistar:chicago:123`). */
  upstreamKeys: ReadonlySet<string>;
  actor: Actor;
  /** Where the ids were listed, for the review item's reason: "Legistar (chicago)". */
  upstreamName: string;
  sourceId?: string | null;
  runId?: string | null;
  onProgress?: (line: string) => void;
}

/** Compares one list with what Legible holds; unpublishes the missing, republishes the returned. */
export async function compareWithUpstream(options: CompareOptions): Promise<void> {
  const { repositories, report, list, upstreamKeys } = options;
  const held = await repositories.upstreamRemovals.held(options.recordType, options.keyPrefix);
  const byRecord = new Map<string, typeof held>();
  for (const row of held) byRecord.set(row.recordId, [...(byRecord.get(row.recordId) ?? []), row]);
  report.checked.push({ list, upstream: upstreamKeys.size, held: byRecord.size });

  const missing: RemovalEntry[] = [];
  const back: RemovalEntry[] = [];
  let published = 0;
  for (const [recordId, rows] of byRecord) {
    const listed = rows.find((row) => upstreamKeys.has(row.key));
    const gone = rows.some((row) => row.goneUpstreamAt !== null);
    if (!gone) published++;
    if (listed && gone) back.push({ recordType: options.recordType, recordId, key: listed.key });
    // A record staff kept public after this id went missing stays as staff decided.
    const first = rows[0];
    if (!listed && !gone && first && !rows.some((row) => row.keptPublic)) {
      missing.push({ recordType: options.recordType, recordId, key: first.key });
    }
  }

  if (missing.length > 0 && upstreamKeys.size === 0) {
    report.skipped.push({
      list,
      reason: `${options.upstreamName} listed no ${list} while Legible holds ${published}; nothing was unpublished (an empty answer is more likely a fault than every record deleted)`,
    });
    options.onProgress?.(`${list}: upstream listed none; removals not applied`);
    return;
  }
  if (published >= SHARE_GUARD_FROM && missing.length > published * MOST_GONE_AT_ONCE) {
    report.skipped.push({
      list,
      reason: `${options.upstreamName} no longer lists ${missing.length} of the ${published} ${list} Legible holds, more than half at once; nothing was unpublished (check the source, then run again)`,
    });
    options.onProgress?.(`${list}: too many missing at once; removals not applied`);
    return;
  }

  const context = {
    actor: options.actor,
    reason: `${options.upstreamName} no longer lists this record (${list}); it was taken off the public site.`,
    sourceId: options.sourceId ?? null,
    runId: options.runId ?? null,
  };
  const marked = await repositories.upstreamRemovals.markGone(missing, context);
  const restored = await repositories.upstreamRemovals.restore(back, {
    ...context,
    reason: `${options.upstreamName} lists this record again (${list}); it is back on the public site.`,
  });
  for (const entry of marked) report.removed.push({ ...entry, name: await nameOf(repositories, entry) });
  for (const entry of restored) report.restored.push({ ...entry, name: await nameOf(repositories, entry) });
  if (marked.length + restored.length > 0) {
    options.onProgress?.(`${list}: ${marked.length} removed upstream, ${restored.length} back upstream`);
  }
}

/** The removals as lines, for a command's output. */
export function describeRemovals(report: RemovalReport | undefined): string[] {
  if (!report) return [];
  const lines: string[] = [];
  if (report.removed.length)
    lines.push(`  removed upstream ${report.removed.length} (unpublished, waiting for review):`);
  for (const r of report.removed)
    lines.push(`    ${r.recordType} ${r.recordId}${r.name ? ` (${r.name})` : ""}: ${r.key}`);
  if (report.restored.length) lines.push(`  back upstream ${report.restored.length} (published again):`);
  for (const r of report.restored)
    lines.push(`    ${r.recordType} ${r.recordId}${r.name ? ` (${r.name})` : ""}: ${r.key}`);
  for (const s of report.skipped)
    lines.push(`  removals not applied to ${s.list}: ${s.request ? `${s.request}: ` : ""}${s.reason}`);
  return lines;
}
