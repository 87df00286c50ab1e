import {
  type ExternalIdentifier,
  fromLegistarOfficeRecords,
  identifierKey,
  LegistarOfficeRecordInput,
  type LegistarRecords,
  type LegistarSettings,
  legistarId,
  type Membership,
  matchPerson,
  mergeUpstream,
  normalizePersonName,
  type PeopleOnRecord,
  type Person,
  sameSeatSameTime,
  type UpstreamConflict,
} from "@legible/core";
import {
  type Actor,
  applyImport,
  type ImportPlan,
  RECORD_KINDS,
  type RecordCollection,
  type RecordStores,
  type Repositories,
  readAllRecords,
  type SyncBatchContext,
  type UpstreamSnapshot,
  unionIdentifiers,
} from "@legible/db";
import type { LegistarClient } from "./client";

// Writing a batch of mapped Legistar records over what is on record.
//
// 1. Identity: a record that carries a Legistar id on record under another Legible id (a person
//    typed by staff, then linked) is that record; every reference in the batch is rewritten to
//    point at it. A new person whose name matches one on record is linked when they held the
//    same seat at an overlapping time (core's matchPerson), and held back for a person to decide
//    ("same-person" review item) when only the name matches.
// 2. Staff edits: each field goes through core's three-way rule (mergeUpstream) against what the
//    sync wrote last (UpstreamSnapshot): untouched fields follow upstream, staff edits stay, and
//    a staff edit upstream also changed becomes an "upstream-change" review item.
// 3. The batch's records, snapshots and review items are written in one transaction.
//
// `provenance.fetchedAt` moves only when the record's values change: a run that finds nothing
// new leaves every record unchanged.

/** Legible record types by the kind a Legistar id names (`legistar:<client>:<kind>:<n>`). */
const TYPE_OF_KIND: Record<string, string> = {
  person: "person",
  body: "body",
  matter: "measure",
  vote: "vote-event",
  event: "meeting",
};

/** Fields a merge leaves to the sync itself: ids in other systems (added to) and provenance. */
const SYNC_OWNED = ["identifiers", "provenance"];

type AnyRecord = { id: string; version?: number; updatedAt?: string } & Record<string, unknown>;

export interface BatchOutcome {
  plan: ImportPlan;
  /** People held back for a person to decide whether they are someone on record. */
  heldBack: Person[];
  conflicts: number;
}

export class BatchRejected extends Error {}

export interface ReconcileOptions {
  repositories: Repositories;
  client: LegistarClient;
  settings: LegistarSettings;
  actor: Actor;
  sourceId?: string | null;
  runId?: string | null;
}

/** A run's identity decisions and writes; one per sync run. */
export class LegistarReconciler {
  /** Legistar record ids to the id of the record on record that carries the same Legistar id. */
  private readonly aliases = new Map<string, string>();
  private readonly idPattern: RegExp;
  /** How the ids of this client's records begin: `legistar:chicago:`. */
  private readonly ownPrefix: string;

  constructor(private readonly options: ReconcileOptions) {
    const client = options.settings.client.replace(/[.]/g, "\\.");
    this.ownPrefix = legistarId(options.settings.client, "x", 0).replace(/x:0$/, "");
    this.idPattern = new RegExp(`^legistar:${client}:(${Object.keys(TYPE_OF_KIND).join("|")}):(\\d+)$`);
  }

  private key(legistarKey: string): string {
    return identifierKey({ scheme: "legistar", scope: this.options.settings.client, identifier: legistarKey });
  }

  /**
   * The id of the record a Legistar id stands for: the record on record that carries that
   * Legistar identifier, else the Legistar id itself. Looked up once per run.
   */
  async target(legistarRecordId: string): Promise<string> {
    await this.lookUp([legistarRecordId]);
    return this.aliases.get(legistarRecordId) ?? legistarRecordId;
  }

  private async lookUp(ids: Iterable<string>): Promise<void> {
    const byType = new Map<string, Array<{ id: string; key: string }>>();
    for (const id of ids) {
      if (this.aliases.has(id)) continue;
      const match = this.idPattern.exec(id);
      if (!match) continue;
      const type = TYPE_OF_KIND[match[1] ?? ""];
      if (!type) continue;
      byType.set(type, [...(byType.get(type) ?? []), { id, key: this.key(match[2] ?? "") }]);
    }
    for (const [type, wanted] of byType) {
      const found = await this.options.repositories.identity.findMany(
        type,
        wanted.map((w) => w.key),
      );
      for (const { id, key } of wanted) {
        const holders = found.get(key) ?? [];
        this.aliases.set(id, holders.includes(id) || holders.length === 0 ? id : (holders[0] ?? id));
      }
    }
  }

  /**
   * Before a batch's transaction (it may ask Legistar for a new person's terms): finds which
   * records of the batch are on record under other ids, links new people to namesakes who held
   * the same seat, and holds back people whose match is doubtful.
   */
  async prepare(records: LegistarRecords): Promise<{ records: LegistarRecords; held: Person[]; doubts: Doubt[] }> {
    await this.lookUp(collectStrings(records));
    const { held, doubts } = await this.matchNewPeople(records.people);
    const heldIds = new Set(held.map((p) => p.id));
    const kept: LegistarRecords = { ...records, people: records.people.filter((p) => !heldIds.has(p.id)) };
    const rewritten = rewriteIds(kept, this.aliases);
    const terms = await this.matchTerms(rewritten.memberships);
    return { records: terms.size ? rewriteIds(rewritten, terms) : rewritten, held, doubts };
  }

  /** New people (not on record by id or Legistar id) checked against namesakes on record. */
  private async matchNewPeople(people: Person[]): Promise<{ held: Person[]; doubts: Doubt[] }> {
    const { repositories } = this.options;
    const fresh: Person[] = [];
    for (const person of people) {
      if (this.aliases.get(person.id) !== person.id) continue;
      if (await repositories.people.get(person.id)) continue;
      fresh.push(person);
    }
    if (fresh.length === 0) return { held: [], doubts: [] };
    const onRecord = await this.peopleInScope();
    const held: Person[] = [];
    const doubts: Doubt[] = [];
    for (const person of fresh) {
      const name = normalizePersonName(person.name);
      const namesakes = onRecord.people.filter((p) => normalizePersonName(p.name) === name);
      if (namesakes.length === 0) continue;
      const memberships = await this.incomingTerms(person);
      const match = matchPerson(
        { id: person.id, name: person.name, identifiers: person.identifiers, memberships },
        {
          people: namesakes,
          memberships: onRecord.memberships.filter((m) => namesakes.some((p) => p.id === m.personId)),
        },
      );
      if (match.kind === "same") {
        this.aliases.set(person.id, match.personId);
      } else if (match.kind === "doubtful") {
        held.push(person);
        const names = match.candidates.map((c) => c.name).join(", ");
        doubts.push({
          person,
          candidateId: match.candidates[0]?.personId ?? "",
          reason: `Legistar lists ${person.name}, and ${names} ${match.candidates.length === 1 ? "is" : "are"} on record with the same name, but ${match.reason}. They were not added; decide whether they are the same person.`,
        });
      }
    }
    return { held, doubts };
  }

  /**
   * People who could be the same as someone in this client's data: namesakes count only when
   * they have no term yet, or a term in one of this client's bodies or their jurisdictions.
   */
  private async peopleInScope(): Promise<PeopleOnRecord> {
    const { repositories, settings } = this.options;
    const [people, memberships, bodies] = await Promise.all([
      readAllRecords(repositories.people),
      readAllRecords(repositories.memberships),
      readAllRecords(repositories.bodies),
    ]);
    const ours = bodies.filter((b) =>
      (b.identifiers ?? []).some((i) => i.scheme === "legistar" && i.scope === settings.client),
    );
    const jurisdictions = new Set(ours.map((b) => b.jurisdictionId).filter(Boolean));
    const inScope = new Set(
      bodies
        .filter((b) => ours.includes(b) || (b.jurisdictionId && jurisdictions.has(b.jurisdictionId)))
        .map((b) => b.id),
    );
    const termsOf = new Map<string, Membership[]>();
    for (const m of memberships) termsOf.set(m.personId, [...(termsOf.get(m.personId) ?? []), m]);
    const candidates = people.filter((p) => {
      const terms = termsOf.get(p.id) ?? [];
      return terms.length === 0 || terms.some((t) => t.postId !== undefined || (t.bodyId && inScope.has(t.bodyId)));
    });
    return { people: candidates, memberships: candidates.flatMap((p) => termsOf.get(p.id) ?? []) };
  }

  /** A new person's terms as Legistar gives them (`persons/{id}/officerecords`), with bodies as on record. */
  private async incomingTerms(person: Person): Promise<Membership[]> {
    const legistarKey = Number(this.idPattern.exec(person.id)?.[2]);
    if (!Number.isInteger(legistarKey)) return [];
    const rows = await this.options.client.getList(`persons/${legistarKey}/officerecords`, LegistarOfficeRecordInput);
    const bodyKeys = rows
      .map((row) => LegistarOfficeRecordInput.safeParse(row))
      .flatMap((r) => (r.success && r.data.OfficeRecordBodyId != null ? [r.data.OfficeRecordBodyId] : []));
    const client = this.options.settings.client;
    const bodies = new Map<number, "legislature">();
    for (const key of bodyKeys) bodies.set(key, "legislature");
    const mapped = fromLegistarOfficeRecords(rows, this.options.settings, {
      persons: new Set([legistarKey]),
      bodies,
    });
    await this.lookUp(bodyKeys.map((key) => legistarId(client, "body", key)));
    return mapped.records.memberships.map((m) => ({
      ...m,
      bodyId: m.bodyId === undefined ? undefined : (this.aliases.get(m.bodyId) ?? m.bodyId),
    }));
  }

  /**
   * Terms of linked people that are already on record (the same seat at an overlapping time,
   * typed by staff): the incoming term is that one, not a second.
   */
  private async matchTerms(memberships: Membership[]): Promise<Map<string, string>> {
    const { repositories } = this.options;
    const same = new Map<string, string>();
    const linked = memberships.filter((m) => !this.idPattern.test(m.personId));
    if (linked.length === 0) return same;
    const fresh: Membership[] = [];
    for (const m of linked) if (!(await repositories.memberships.get(m.id))) fresh.push(m);
    if (fresh.length === 0) return same;
    const stored = await readAllRecords(repositories.memberships);
    for (const m of fresh) {
      const match = stored.find(
        (s) => s.personId === m.personId && !s.id.startsWith("legistar:") && sameSeatSameTime(s, m),
      );
      if (match && ![...same.values()].includes(match.id)) same.set(m.id, match.id);
    }
    return same;
  }

  /**
   * Inside the batch's transaction: merges each record with what is stored and what the sync
   * wrote last, saves through the import plan, then stores the new snapshots and review items.
   */
  async write(batch: SyncBatchContext<RecordStores>, records: LegistarRecords, doubts: Doubt[]): Promise<BatchOutcome> {
    const { actor, sourceId = null, runId = null } = this.options;
    const merged: Record<string, AnyRecord[]> = {};
    // What is stored, as read for the merge: the import plan compares with it instead of reading again.
    const storedNow: Partial<Record<RecordCollection, Map<string, AnyRecord | null>>> = {};
    const snapshots: Array<{
      type: string;
      id: string;
      values: Record<string, unknown>;
      unchanged: boolean;
      first: boolean;
    }> = [];
    const conflicts: Array<UpstreamConflict & { type: string; id: string }> = [];
    for (const [collection, list] of Object.entries(records) as Array<[RecordCollection, AnyRecord[]]>) {
      const store = batch.stores[collection] as unknown as {
        get(id: string): Promise<AnyRecord | null>;
        existing(ids: readonly string[]): Promise<Set<string>>;
      };
      const type = RECORD_KINDS[collection].type;
      const previous = await batch.snapshots.getMany(
        type,
        list.map((r) => r.id),
      );
      merged[collection] = [];
      const storedHere = new Map<string, AnyRecord | null>();
      storedNow[collection] = storedHere;
      // One statement says which are new; only records on record are read.
      const onRecord = await store.existing(list.map((r) => r.id));
      for (const r of list) if (!onRecord.has(r.id)) storedHere.set(r.id, null);
      for (const incoming of list) {
        const stored = storedHere.has(incoming.id)
          ? (storedHere.get(incoming.id) ?? null)
          : await store.get(incoming.id);
        storedHere.set(incoming.id, stored);
        const before = previous.get(incoming.id);
        // A record under this client's Legistar id that has no snapshot was written by a sync
        // before snapshots were kept: what is stored is what the sync wrote last. Only records
        // linked from other ids (typed by staff) have no such past, and keep their typed values.
        const written = stored?.id.startsWith(this.ownPrefix) ? stored : null;
        const result = mergeUpstream({
          stored,
          previous: before?.values ?? written,
          incoming,
          skip: SYNC_OWNED,
          upstreamName: "Legistar",
        });
        const record = withSyncOwned(result.record, stored, incoming);
        merged[collection].push(record);
        snapshots.push({
          type,
          id: record.id,
          values: result.snapshot,
          unchanged: before !== undefined && sameValues(before.values, result.snapshot),
          first: before === undefined,
        });
        for (const conflict of result.conflicts) conflicts.push({ ...conflict, type, id: record.id });
      }
    }

    // applyImport opens no transaction of its own when its batch joins this one.
    const joined = { batch: (work: (stores: RecordStores) => Promise<unknown>) => work(batch.stores) };
    const result = await applyImport(
      joined as unknown as Repositories,
      { records: merged as never, stored: storedNow },
      actor,
    );
    if (!result.ok) {
      throw new BatchRejected(
        result.issues
          .slice(0, 3)
          .map((i) => `${i.path} ${i.message}`)
          .join("; "),
      );
    }
    const fetchedAt = (this.options.settings.now ?? new Date()).toISOString();
    const skipped = new Set(
      result.plan.collections.flatMap((c) =>
        c.records.filter((r) => r.action === "skip" && r.reason !== "unchanged").map((r) => `${c.collection}:${r.id}`),
      ),
    );
    const firsts = new Map<string, UpstreamSnapshot>();
    for (const snapshot of snapshots) {
      if (snapshot.unchanged) continue;
      const collection = (Object.keys(RECORD_KINDS) as RecordCollection[]).find(
        (c) => RECORD_KINDS[c].type === snapshot.type,
      );
      if (collection && skipped.has(`${collection}:${snapshot.id}`)) continue;
      const row = { recordType: snapshot.type, recordId: snapshot.id, sourceId, values: snapshot.values, fetchedAt };
      // A record's first snapshot is written with the batch's other first ones, in one statement.
      if (snapshot.first) firsts.set(`${row.recordType}\u0000${row.recordId}`, row);
      else await batch.snapshots.put(row);
    }
    await batch.snapshots.createMany([...firsts.values()]);
    for (const conflict of conflicts) {
      await batch.review.upstreamChange({
        recordType: conflict.type,
        recordId: conflict.id,
        field: conflict.field,
        currentValue: conflict.current,
        incomingValue: conflict.incoming,
        reason: conflict.reason,
        sourceId,
        runId,
      });
    }
    for (const doubt of doubts) {
      await batch.review.samePerson({
        recordId: doubt.candidateId,
        incoming: doubt.person,
        reason: doubt.reason,
        sourceId,
        runId,
      });
    }
    return { plan: result.plan, heldBack: doubts.map((d) => d.person), conflicts: conflicts.length };
  }
}

/** A new person held back, with the person on record they may be. */
export interface Doubt {
  person: Person;
  candidateId: string;
  reason: string;
}

/**
 * The sync's own fields on a merged record: identifiers on record plus upstream's; provenance
 * from this read only when the record's values changed, so an unchanged record stays unchanged.
 */
function withSyncOwned(record: Record<string, unknown>, stored: AnyRecord | null, incoming: AnyRecord): AnyRecord {
  const out = { ...record } as AnyRecord;
  const identifiers = unionIdentifiers(
    stored?.identifiers as ExternalIdentifier[] | undefined,
    incoming.identifiers as ExternalIdentifier[] | undefined,
  );
  if (identifiers) out.identifiers = identifiers;
  else delete out.identifiers;
  if (incoming.provenance === undefined) return out;
  if (stored?.provenance !== undefined) {
    const { provenance: _stored, version: _v, updatedAt: _u, ...storedFacts } = stored;
    const { provenance: _merged, version: _mv, updatedAt: _mu, ...mergedFacts } = out;
    if (sameValues(storedFacts, mergedFacts)) {
      out.provenance = stored.provenance;
      return out;
    }
  }
  out.provenance = incoming.provenance;
  return out;
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== undefined && v !== null)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([k, v]) => [k, canonical(v)]),
    );
  }
  return value;
}

function sameValues(a: unknown, b: unknown): boolean {
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

/** Every string in a batch: the ids it holds and points at. */
function collectStrings(value: unknown, out: Set<string> = new Set()): Set<string> {
  if (typeof value === "string") out.add(value);
  else if (Array.isArray(value)) for (const v of value) collectStrings(v, out);
  else if (value && typeof value === "object") for (const v of Object.values(value)) collectStrings(v, out);
  return out;
}

/** The batch with every id that has an alias replaced by it, wherever it appears. */
function rewriteIds<T>(value: T, aliases: ReadonlyMap<string, string>): T {
  const walk = (v: unknown): unknown => {
    if (typeof v === "string") return aliases.get(v) ?? v;
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  return walk(value) as T;
}
