import {
  type BodyClassification,
  emptyLegistarRecords,
  fromLegistarBodies,
  fromLegistarEvent,
  fromLegistarMatter,
  fromLegistarOfficeRecords,
  fromLegistarPersons,
  LEGISTAR_LAST_MODIFIED,
  LegistarBodyInput,
  LegistarEventInput,
  LegistarEventItemInput,
  type LegistarKnown,
  type LegistarMapping,
  LegistarMatterAttachmentInput,
  LegistarMatterHistoryInput,
  LegistarMatterInput,
  LegistarMatterSponsorInput,
  LegistarOfficeRecordInput,
  LegistarPersonInput,
  type LegistarQuarantine,
  type LegistarRecords,
  type LegistarSettings,
  LegistarVoteInput,
  legistarId,
  mergeLegistarMappings,
} from "@legible/core";
import { type Actor, RECORD_COLLECTIONS, type Repositories } from "@legible/db";
import { describeRemovals, emptyRemovalReport, type RemovalReport } from "../removals";
import type { LegistarClient } from "./client";
import { LegistarRequestError } from "./client";
import { BatchRejected, LegistarReconciler } from "./reconcile";
import { followLegistarRemovals } from "./removals";

// One sync of a Legistar client into Legible: bodies, people, terms, then matters page by page
// (each with its sponsors, attachments, histories and roll calls), then events. Each batch (a
// list, or a page of matters or events) is mapped by core and written through the db package's
// import plan in one transaction: created, updated or left unchanged per record. A failed
// request ends the run; batches already written stay written, nothing of a batch is half
// written, and the report's resume points say where the next run starts.
//
// Records keep their Legistar ids (`identifiers`) and where they were read (`provenance`); a
// record on record under another id that carries the same Legistar id is updated, not made
// twice, and staff edits survive later syncs (see reconcile.ts). After the lists, the ids
// Legistar still has are compared with the records Legible holds (removals.ts): a record gone
// from Legistar is unpublished and waits for review, never deleted.

/** The lists a sync reads, in order. */
export const LEGISTAR_LISTS = ["bodies", "persons", "officerecords", "matters", "events"] as const;
export type LegistarList = (typeof LEGISTAR_LISTS)[number];

/** Record kinds a sync writes, by dataset collection. */
export type LegistarKind = keyof LegistarRecords;
const KINDS = Object.keys(emptyLegistarRecords()) as LegistarKind[];

export interface KindCounts {
  created: number;
  updated: number;
  unchanged: number;
  /** Mapped but not written, for the reasons in the report's `skipped`. */
  skipped: number;
}

export interface LegistarSyncReport {
  ok: boolean;
  client: string;
  /** Where each list started: the last-modified time given, or null for everything. */
  since: Record<LegistarList, string | null>;
  /**
   * Where the next run should start, per list: the latest last-modified time of the rows of
   * the last batch written whole (or `since` when nothing was written). Persistent storage of
   * runs and schedules comes later; keep this and pass it back as `since`.
   */
  resumeFrom: Record<LegistarList, string | null>;
  kinds: Record<LegistarKind, KindCounts>;
  quarantined: LegistarQuarantine[];
  /** Records mapped but not written, by kind, with why. */
  skipped: Array<{ kind: LegistarKind; count: number; reason: string }>;
  /** Records gone from Legistar (unpublished) or back (republished), and lists not compared. */
  removals: RemovalReport;
  batches: number;
  requests: number;
  retries: number;
  startedAt: string;
  durationMs: number;
  /** Why the run failed: the request (method and address, no token) and the reason. */
  error?: { request?: string; reason: string };
}

export interface SyncLegistarOptions {
  repositories: Repositories;
  client: LegistarClient;
  /** How to read the client's rows: its time zone, and who publishes them (for sources). */
  settings: Omit<LegistarSettings, "client" | "apiBase">;
  /** Start from these last-modified times: one for every list, or per list (a report's `resumeFrom`). */
  since?: string | Partial<Record<LegistarList, string | null>>;
  /** Who the audit log names. Default "Legistar sync (<client>)". */
  actor?: Actor;
  /** One line per batch and per list, for a command's output. */
  onProgress?: (line: string) => void;
  /** The sync source and run review items name, when the run is one of a stored source. */
  sourceId?: string;
  runId?: string;
  /**
   * Matters (or events) written per transaction, each with everything hanging off it. A page of
   * Legistar's 1,000 matters is about 9,000 records, more than one transaction should hold; rows
   * come in last-modified order, so the resume point moves after each part. Default 100.
   */
  rowsPerBatch?: number;
}

export const DEFAULT_ROWS_PER_BATCH = 100;

class BatchFailed extends Error {}

const ORDER_BY: Record<LegistarList, string> = {
  bodies: "BodyLastModifiedUtc,BodyId",
  persons: "PersonLastModifiedUtc,PersonId",
  officerecords: "OfficeRecordLastModifiedUtc,OfficeRecordId",
  matters: "MatterLastModifiedUtc,MatterId",
  events: "EventLastModifiedUtc,EventId",
};

const SCHEMAS = {
  bodies: LegistarBodyInput,
  persons: LegistarPersonInput,
  officerecords: LegistarOfficeRecordInput,
  matters: LegistarMatterInput,
  events: LegistarEventInput,
};

/** Syncs one Legistar client into `repositories`; never throws for a failed request, but reports it. */
export async function syncLegistar(options: SyncLegistarOptions): Promise<LegistarSyncReport> {
  const { repositories, client } = options;
  const started = Date.now();
  const requestsBefore = client.requests;
  const retriesBefore = client.retries;
  const settings: LegistarSettings = { ...options.settings, client: client.client, apiBase: client.baseUrl };
  const actor = options.actor ?? { name: `Legistar sync (${client.client})` };
  const progress = options.onProgress ?? (() => {});
  const rowsPerBatch = Math.max(1, Math.trunc(options.rowsPerBatch ?? DEFAULT_ROWS_PER_BATCH));
  const since = Object.fromEntries(
    LEGISTAR_LISTS.map((list) => [
      list,
      (typeof options.since === "string" ? options.since : options.since?.[list]) ?? null,
    ]),
  ) as Record<LegistarList, string | null>;
  const report: LegistarSyncReport = {
    ok: true,
    client: client.client,
    since,
    resumeFrom: { ...since },
    kinds: Object.fromEntries(
      KINDS.map((k) => [k, { created: 0, updated: 0, unchanged: 0, skipped: 0 }]),
    ) as LegistarSyncReport["kinds"],
    quarantined: [],
    skipped: [],
    removals: emptyRemovalReport(),
    batches: 0,
    requests: 0,
    retries: 0,
    startedAt: new Date(started).toISOString(),
    durationMs: 0,
  };
  const storesMeetings = (RECORD_COLLECTIONS as readonly string[]).includes("meetings");
  const reconciler = new LegistarReconciler({
    repositories,
    client,
    settings,
    actor,
    sourceId: options.sourceId ?? null,
    runId: options.runId ?? null,
  });
  const known = new KnownRecords(repositories, client.client, reconciler);

  const skip = (kind: LegistarKind, count: number, reason: string) => {
    if (count === 0) return;
    report.kinds[kind].skipped += count;
    const same = report.skipped.find((s) => s.kind === kind && s.reason === reason);
    if (same) same.count += count;
    else report.skipped.push({ kind, count, reason });
  };

  /** Writes one batch whole, or not at all; then moves the list's resume point. */
  const write = async (list: LegistarList, label: string, mapping: LegistarMapping, lastModified: string | null) => {
    const records = { ...mapping.records };
    if (!storesMeetings) {
      skip("meetings", records.meetings.length, "Legible cannot store meetings yet; they were read and checked");
      // Their sources go with them.
      const meetingSources = new Set(records.meetings.flatMap((m) => m.sourceIds));
      const used = new Set(
        [...records.bodies, ...records.people, ...records.memberships, ...records.measures].flatMap((r) => r.sourceIds),
      );
      records.sources = records.sources.filter((s) => !meetingSources.has(s.id) || used.has(s.id));
      records.meetings = [];
    }
    const prepared = await reconciler.prepare(records);
    let result: Awaited<ReturnType<LegistarReconciler["write"]>>;
    try {
      result = await repositories.syncBatch((batch) => reconciler.write(batch, prepared.records, prepared.doubts));
    } catch (error) {
      if (error instanceof BatchRejected) throw new BatchFailed(`${label} was not written: ${error.message}`);
      throw error;
    }
    skip(
      "people",
      result.heldBack.length,
      "a person on record has the same name; they wait in the review queue for staff to decide",
    );
    const line: string[] = [];
    for (const collection of result.plan.collections) {
      const kind = collection.collection as LegistarKind;
      const counts = report.kinds[kind];
      if (!counts) continue;
      for (const record of collection.records) {
        if (record.action === "create") counts.created++;
        else if (record.action === "update") counts.updated++;
        else if (record.reason === "unchanged") counts.unchanged++;
        else skip(kind, 1, record.reason ?? "not written");
      }
      const c = collection.counts;
      line.push(`${kind} ${c.create} new, ${c.update} updated, ${c.skip} unchanged`);
    }
    report.quarantined.push(...mapping.quarantined);
    const held = new Set(result.heldBack.map((p) => p.id));
    known.remember({ ...records, people: records.people.filter((p) => !held.has(p.id)) });
    report.batches++;
    if (lastModified && (report.resumeFrom[list] === null || lastModified > (report.resumeFrom[list] ?? ""))) {
      report.resumeFrom[list] = lastModified;
    }
    progress(
      `${label}: ${line.join("; ") || "nothing to write"}${mapping.quarantined.length ? `; ${mapping.quarantined.length} quarantined` : ""}`,
    );
  };

  const pages = (list: LegistarList) =>
    client.pages(list, {
      schema: SCHEMAS[list],
      orderBy: ORDER_BY[list],
      // A millisecond before the resume point, so rows sharing the last written row's time (split
      // across a page boundary) are read again: they come back unchanged rather than lost.
      ...(since[list] ? { since: { field: LEGISTAR_LAST_MODIFIED[list], after: justBefore(since[list] ?? "") } } : {}),
    });

  try {
    // Bodies and people first, whole, so terms, sponsors and votes can point at them.
    for (const list of ["bodies", "persons"] as const) {
      let page = 0;
      for await (const rows of pages(list)) {
        page++;
        const map = list === "bodies" ? fromLegistarBodies : fromLegistarPersons;
        await write(list, `${list} page ${page} (${rows.length} rows)`, map(rows, settings), latest(rows, list));
      }
    }

    let page = 0;
    for await (const rows of pages("officerecords")) {
      page++;
      const ids = referenced(rows, LegistarOfficeRecordInput, (r) => ({
        persons: [r.OfficeRecordPersonId],
        bodies: [r.OfficeRecordBodyId],
      }));
      const mapping = fromLegistarOfficeRecords(rows, settings, await known.resolve(ids));
      await write(
        "officerecords",
        `officerecords page ${page} (${rows.length} rows)`,
        mapping,
        latest(rows, "officerecords"),
      );
    }

    // Matters, a page at a time, written in parts: each part's matters with everything hanging
    // off them is one batch.
    page = 0;
    for await (const pageRows of pages("matters")) {
      page++;
      for (const [part, rows] of parts(pageRows, rowsPerBatch)) {
        const bundles = [];
        for (const matter of rows) {
          const parsed = LegistarMatterInput.safeParse(matter);
          if (!parsed.success) {
            bundles.push({ matter });
            continue;
          }
          const id = parsed.data.MatterId;
          const sponsors = await client.getList(`matters/${id}/sponsors`, LegistarMatterSponsorInput);
          const attachments = await client.getList(`matters/${id}/attachments`, LegistarMatterAttachmentInput);
          const histories = await client.getList(`matters/${id}/histories`, LegistarMatterHistoryInput);
          const votes = new Map<number, unknown[]>();
          for (const history of histories) {
            const h = LegistarMatterHistoryInput.safeParse(history);
            if (!h.success || h.data.MatterHistoryRollCallFlag !== 1) continue;
            const historyId = h.data.MatterHistoryId;
            votes.set(historyId, await client.getList(`eventitems/${historyId}/votes`, LegistarVoteInput));
          }
          bundles.push({ matter, sponsors, attachments, histories, votes });
        }
        const ids = {
          persons: [] as Array<number | null | undefined>,
          bodies: [] as Array<number | null | undefined>,
        };
        for (const bundle of bundles) {
          const m = LegistarMatterInput.safeParse(bundle.matter);
          if (m.success) ids.bodies.push(m.data.MatterBodyId);
          const more = referenced(bundle.sponsors ?? [], LegistarMatterSponsorInput, (s) => ({
            persons: [s.MatterSponsorNameId],
            bodies: [],
          }));
          const fromHistories = referenced(bundle.histories ?? [], LegistarMatterHistoryInput, (h) => ({
            persons: [],
            bodies: [h.MatterHistoryActionBodyId],
          }));
          const fromVotes = referenced([...(bundle.votes?.values() ?? [])].flat(), LegistarVoteInput, (v) => ({
            persons: [v.VotePersonId],
            bodies: [],
          }));
          for (const part of [more, fromHistories, fromVotes]) {
            ids.persons.push(...part.persons);
            ids.bodies.push(...part.bodies);
          }
        }
        const context = await known.resolve(ids);
        const mapping = { records: emptyLegistarRecords(), quarantined: [] as LegistarQuarantine[] };
        for (const bundle of bundles) mergeLegistarMappings(mapping, fromLegistarMatter(bundle, settings, context));
        await write(
          "matters",
          `matters page ${page}${part} (${rows.length} matters)`,
          mapping,
          latest(rows, "matters"),
        );
      }
    }

    page = 0;
    for await (const pageRows of pages("events")) {
      page++;
      for (const [part, rows] of parts(pageRows, rowsPerBatch)) {
        const bundles = [];
        for (const event of rows) {
          const parsed = LegistarEventInput.safeParse(event);
          const items = parsed.success
            ? await client.getList(`events/${parsed.data.EventId}/eventitems`, LegistarEventItemInput)
            : [];
          bundles.push({ event, items });
        }
        const ids = referenced(
          bundles.map((b) => b.event),
          LegistarEventInput,
          (e) => ({ persons: [], bodies: [e.EventBodyId] }),
        );
        const items = bundles.flatMap((b) => b.items);
        const itemIds = referenced(items, LegistarEventItemInput, (i) => ({
          persons: [],
          bodies: [],
          matters: [i.EventItemMatterId],
          histories: [i.EventItemId],
        }));
        const context = await known.resolve({ ...ids, matters: itemIds.matters, histories: itemIds.histories });
        const mapping = { records: emptyLegistarRecords(), quarantined: [] as LegistarQuarantine[] };
        for (const bundle of bundles) mergeLegistarMappings(mapping, fromLegistarEvent(bundle, settings, context));
        await write("events", `events page ${page}${part} (${rows.length} events)`, mapping, latest(rows, "events"));
      }
    }

    await followLegistarRemovals({
      repositories,
      client,
      report: report.removals,
      actor,
      sourceId: options.sourceId ?? null,
      runId: options.runId ?? null,
      onProgress: progress,
    });
  } catch (error) {
    report.ok = false;
    if (error instanceof LegistarRequestError) {
      report.error = { request: `${error.method} ${error.url}`, reason: error.reason };
    } else if (error instanceof BatchFailed) {
      report.error = { reason: error.message };
    } else {
      report.error = { reason: error instanceof Error ? error.message : String(error) };
    }
    progress(`failed: ${report.error.request ? `${report.error.request}: ` : ""}${report.error.reason}`);
  }
  report.requests = client.requests - requestsBefore;
  report.retries = client.retries - retriesBefore;
  report.durationMs = Date.now() - started;
  return report;
}

/** A page's rows in parts of `size`, each named for progress lines (", part 2 of 3"), or one unnamed part. */
function parts<T>(rows: readonly T[], size: number): Array<[string, T[]]> {
  const count = Math.ceil(rows.length / size);
  if (count <= 1) return [["", [...rows]]];
  return Array.from({ length: count }, (_, i) => [`, part ${i + 1} of ${count}`, rows.slice(i * size, (i + 1) * size)]);
}

function justBefore(value: string): string {
  const time = Date.parse(/Z$|[+-]\d{2}:\d{2}$/.test(value) ? value : `${value}Z`);
  if (Number.isNaN(time)) throw new Error(`since: "${value}" is not a date-time`);
  return new Date(time - 1).toISOString();
}

/** The latest last-modified time among a page's rows, as Legistar wrote it. */
function latest(rows: readonly unknown[], list: LegistarList): string | null {
  const field = LEGISTAR_LAST_MODIFIED[list];
  let best: string | null = null;
  let bestTime = Number.NEGATIVE_INFINITY;
  for (const row of rows) {
    const value = row && typeof row === "object" ? (row as Record<string, unknown>)[field] : undefined;
    if (typeof value !== "string") continue;
    const time = Date.parse(/Z$|[+-]\d{2}:\d{2}$/.test(value) ? value : `${value}Z`);
    if (!Number.isNaN(time) && time > bestTime) {
      bestTime = time;
      best = value;
    }
  }
  return best;
}

interface Referenced {
  persons: Array<number | null | undefined>;
  bodies: Array<number | null | undefined>;
  matters?: Array<number | null | undefined>;
  histories?: Array<number | null | undefined>;
}

function referenced<T>(
  rows: readonly unknown[],
  schema: { safeParse(input: unknown): { success: true; data: T } | { success: false } },
  pick: (row: T) => Referenced,
): Required<Referenced> {
  const out: Required<Referenced> = { persons: [], bodies: [], matters: [], histories: [] };
  for (const row of rows) {
    const parsed = schema.safeParse(row);
    if (!parsed.success) continue;
    const ids = pick(parsed.data);
    out.persons.push(...ids.persons);
    out.bodies.push(...ids.bodies);
    out.matters.push(...(ids.matters ?? []));
    out.histories.push(...(ids.histories ?? []));
  }
  return out;
}

/**
 * Which Legistar ids are on record, from this run's batches and, for the rest, from storage
 * (looked up once each), so links point only at records that exist.
 */
class KnownRecords {
  readonly persons = new Map<number, boolean>();
  readonly bodies = new Map<number, BodyClassification | null>();
  readonly matters = new Map<number, boolean>();
  readonly actions = new Map<number, boolean>();
  readonly votes = new Map<number, boolean>();

  constructor(
    readonly repositories: Repositories,
    readonly client: string,
    /** Where a Legistar id's record is on record (under another id, once linked). */
    readonly reconciler: LegistarReconciler,
  ) {}

  remember(records: LegistarRecords): void {
    const key = (id: string) => Number(id.split(":").pop());
    for (const body of records.bodies) this.bodies.set(key(body.id), body.classification);
    for (const person of records.people) this.persons.set(key(person.id), true);
    for (const measure of records.measures) this.matters.set(key(measure.id), true);
    for (const action of records.actions) this.actions.set(key(action.id), true);
    for (const vote of records.voteEvents) this.votes.set(key(vote.id), true);
  }

  async resolve(ids: Referenced): Promise<LegistarKnown> {
    const r = this.repositories;
    const look = async <V>(
      map: Map<number, V>,
      list: Array<number | null | undefined> | undefined,
      find: (id: number) => Promise<V>,
    ) => {
      for (const id of new Set(list ?? [])) {
        if (id === null || id === undefined || map.has(id)) continue;
        map.set(id, await find(id));
      }
    };
    const id = (kind: string, n: number) => this.reconciler.target(legistarId(this.client, kind, n));
    await look(this.persons, ids.persons, async (n) => (await r.people.get(await id("person", n))) !== null);
    await look(this.bodies, ids.bodies, async (n) => (await r.bodies.get(await id("body", n)))?.classification ?? null);
    await look(this.matters, ids.matters, async (n) => (await r.measures.get(await id("matter", n))) !== null);
    await look(this.actions, ids.histories, async (n) => (await r.actions.get(await id("history", n))) !== null);
    await look(this.votes, ids.histories, async (n) => (await r.voteEvents.get(await id("vote", n))) !== null);
    const yes = (map: Map<number, boolean>) => new Set([...map].filter(([, v]) => v).map(([k]) => k));
    return {
      persons: yes(this.persons),
      bodies: new Map(
        [...this.bodies].filter((e): e is [number, BodyClassification] => e[1] !== null) as Array<
          [number, BodyClassification]
        >,
      ),
      matters: yes(this.matters),
      actions: yes(this.actions),
      votes: yes(this.votes),
    };
  }
}

/** The report's counts as lines, for a command. */
export function describeLegistarReport(report: LegistarSyncReport): string[] {
  const lines = [
    `${report.ok ? "synced" : "FAILED"} ${report.client}: ${report.batches} batches, ${report.requests} requests (${report.retries} retries), ${(report.durationMs / 1000).toFixed(1)} s`,
  ];
  for (const kind of KINDS) {
    const c = report.kinds[kind];
    if (c.created + c.updated + c.unchanged + c.skipped === 0) continue;
    lines.push(
      `  ${kind}: ${c.created} created, ${c.updated} updated, ${c.unchanged} unchanged${c.skipped ? `, ${c.skipped} skipped` : ""}`,
    );
  }
  for (const s of report.skipped) lines.push(`  skipped ${s.count} ${s.kind}: ${s.reason}`);
  if (report.quarantined.length > 0) lines.push(`  quarantined ${report.quarantined.length}:`);
  for (const q of report.quarantined) lines.push(`    ${q.place}${q.value ? ` (${q.value})` : ""}: ${q.reason}`);
  lines.push(...describeRemovals(report.removals));
  if (report.error)
    lines.push(`  error: ${report.error.request ? `${report.error.request}: ` : ""}${report.error.reason}`);
  lines.push(`  resume from: ${LEGISTAR_LISTS.map((l) => `${l} ${report.resumeFrom[l] ?? "(start)"}`).join(", ")}`);
  return lines;
}
