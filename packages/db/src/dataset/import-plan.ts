import {
  type Body,
  DATASET_COLLECTION_OF,
  type ImportCollection,
  type ImportFile,
  type ImportRecords,
  type Issue,
  listDatasetReferences,
} from "@legible/core";
import { canonical, sameRecord } from "../repositories/canonical";
import type { RecordCollection, RecordStores, Repositories } from "../repositories/index";
import type { Actor, KnownRecord, RecordStore } from "../repositories/store";
import { IMPORT_ORDER, parentsFirst } from "./transfer";

/** What an import will do with one record. */
export type PlannedAction = "create" | "update" | "skip";

export interface PlannedRecord {
  id: string;
  /** How a person recognises it: a name, a label, a title. */
  title: string;
  action: PlannedAction;
  /** Why it is skipped, in plain words: unchanged, or the problem that stops it. */
  reason?: string;
  /** For an update, the fields whose stored value the file changes. */
  changedFields?: string[];
  /** Where it sits in the file, such as `persons.3`. */
  place?: string;
}

export interface ImportCounts {
  create: number;
  update: number;
  skip: number;
}

export interface CollectionPlan {
  collection: RecordCollection;
  records: PlannedRecord[];
  counts: ImportCounts;
}

/**
 * What an import of a file would do, without doing it. `problems` are what stop it (each with
 * its place in the file); an import with problems saves nothing.
 */
export interface ImportPlan {
  collections: CollectionPlan[];
  counts: ImportCounts;
  problems: Issue[];
}

/** The records to import, with their places in the file; see `readImport` in core. */
export interface ImportInput {
  records: ImportRecords;
  places?: ImportFile["places"];
  /**
   * Fields the file's format cannot hold (Popolo has no sources): when the file leaves one
   * empty, the stored value is kept instead of being wiped.
   */
  preserve?: readonly string[];
  /**
   * Records the caller already read in this transaction, by collection and id (null: not on
   * record), so the plan does not read them again. A sync merging with what is stored passes them.
   */
  stored?: Partial<Record<RecordCollection, ReadonlyMap<string, AnyRecord | null>>>;
}

type AnyRecord = { id: string; version?: number; updatedAt?: string } & Record<string, unknown>;
type Stores = Pick<RecordStores, RecordCollection>;

function facts(record: AnyRecord): Record<string, unknown> {
  const { version: _version, updatedAt: _updatedAt, ...rest } = record;
  return rest;
}

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || (Array.isArray(value) && value.length === 0);
}

/** The record as it would be saved: preserved fields taken from the stored one when the file leaves them empty. */
function merged(record: AnyRecord, stored: AnyRecord | null, preserve: readonly string[]): AnyRecord {
  if (!stored || preserve.length === 0) return record;
  const out: AnyRecord = { ...record };
  for (const field of preserve) {
    if (isEmpty(out[field]) && !isEmpty(stored[field])) out[field] = stored[field];
  }
  return out;
}

function changedFields(stored: AnyRecord, record: AnyRecord): string[] {
  const before = canonical(facts(stored)) as Record<string, unknown>;
  const after = canonical(facts(record)) as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  return keys.filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]));
}

function text(value: unknown): string | undefined {
  if (typeof value === "string" && value.trim()) return value.trim();
  if (value && typeof value === "object" && "en" in value && typeof value.en === "string") return value.en;
  return undefined;
}

function shorten(value: string, length = 90): string {
  return value.length > length ? `${value.slice(0, length - 1)}…` : value;
}

/** The name a record goes by, looked up among the file's and the stored records. */
type NameOf = (collection: RecordCollection, id: string | undefined) => string | undefined;

function titleOf(collection: RecordCollection, record: AnyRecord, nameOf: NameOf): string {
  const r = record as Record<string, unknown>;
  switch (collection) {
    case "memberships": {
      const person = nameOf("people", r.personId as string) ?? String(r.personId);
      const place = nameOf("posts", r.postId as string | undefined) ?? nameOf("bodies", r.bodyId as string | undefined);
      return place ? `${person} in ${place}` : person;
    }
    case "measures":
      return [text(r.identifier), text(r.title)].filter(Boolean).join(": ") || record.id;
    case "actions":
      return shorten(`${r.date ?? ""} ${text(r.description) ?? ""}`.trim()) || record.id;
    case "voteEvents":
      return shorten(`${r.date ?? ""} ${text(r.motionText) ?? ""}`.trim()) || record.id;
    case "statements":
      return shorten(`“${text(r.text) ?? ""}”`);
    case "explainers":
      return `${text(r.headline) ?? record.id} (${r.locale ?? ""})`;
    default:
      return shorten(text(r.name) ?? text(r.label) ?? text(r.title) ?? record.id);
  }
}

function join(place: string, rest: string): string {
  return place === "" ? rest : rest === "" ? place : `${place}.${rest}`;
}

/** Collections in the order an import saves them, with the order inside each that saving needs. */
function ordered(records: ImportRecords): Array<[RecordCollection, AnyRecord[]]> {
  return IMPORT_ORDER.map((collection) => {
    const list = (records[collection as ImportCollection] ?? []) as unknown as AnyRecord[];
    if (collection === "bodies") return [collection, parentsFirst(list as unknown as Body[]) as unknown as AnyRecord[]];
    if (collection === "explainers") {
      return [collection, [...list].sort((a, b) => Number(a.translationOf != null) - Number(b.translationOf != null))];
    }
    return [collection, list];
  });
}

/** Plans against `stores`: the repositories, or a transaction's stores while applying. */
async function plan(
  stores: Stores,
  input: ImportInput,
): Promise<{ plan: ImportPlan; toSave: Array<[RecordCollection, Array<KnownRecord<AnyRecord>>]> }> {
  const { records, places, preserve = [], stored: known = {} } = input;
  const placeOf = (collection: RecordCollection, id: string) => places?.[collection as ImportCollection]?.[id];

  // Stored records, read once each: the ones the file brings and the ones it points at.
  const storedCache = new Map<string, Promise<AnyRecord | null>>();
  for (const [collection, byId] of Object.entries(known) as Array<
    [RecordCollection, ReadonlyMap<string, AnyRecord | null>]
  >) {
    for (const [id, record] of byId) storedCache.set(`${collection}\u0000${id}`, Promise.resolve(record));
  }
  const stored = (collection: RecordCollection, id: string) => {
    const key = `${collection}\u0000${id}`;
    let found = storedCache.get(key);
    if (!found) {
      found = stores[collection].get(id) as Promise<AnyRecord | null>;
      storedCache.set(key, found);
    }
    return found;
  };

  const inFile = new Map<RecordCollection, Map<string, AnyRecord>>(
    IMPORT_ORDER.map((c) => [
      c,
      new Map(((records[c as ImportCollection] ?? []) as unknown as AnyRecord[]).map((r) => [r.id, r])),
    ]),
  );

  // References the file cannot satisfy itself must be in storage already: asked per collection
  // in one statement (a meeting's agenda points at hundreds of records), not read one by one.
  const references = listDatasetReferences(records);
  const outside = new Map<RecordCollection, Set<string>>();
  for (const reference of references) {
    const target = DATASET_COLLECTION_OF[reference.type] as RecordCollection;
    if (inFile.get(target)?.has(reference.id) || storedCache.has(`${target}\u0000${reference.id}`)) continue;
    outside.set(target, (outside.get(target) ?? new Set()).add(reference.id));
  }
  const onRecord = new Set<string>();
  for (const [target, ids] of outside) {
    for (const id of await stores[target].existing([...ids])) onRecord.add(`${target}\u0000${id}`);
  }
  const problems: Issue[] = [];
  const blocked = new Map<string, string[]>();
  for (const reference of references) {
    const target = DATASET_COLLECTION_OF[reference.type] as RecordCollection;
    if (inFile.get(target)?.has(reference.id) || onRecord.has(`${target}\u0000${reference.id}`)) continue;
    if (await stored(target, reference.id)) continue;
    const [collection = "", index = "", ...field] = reference.path.split(".");
    const holder = (records[collection as ImportCollection] as unknown as AnyRecord[] | undefined)?.[Number(index)];
    if (!holder) continue;
    const fieldPath = field.join(".");
    const message = `${fieldPath} points at ${reference.type === "vote-event" ? "vote" : reference.type} "${reference.id}", which is neither in this file nor in Legible`;
    problems.push({
      path: join(placeOf(collection as RecordCollection, holder.id) ?? `${collection}.${index}`, fieldPath),
      message,
    });
    const key = `${collection}\u0000${holder.id}`;
    blocked.set(key, [...(blocked.get(key) ?? []), message]);
  }

  const nameOf: NameOf = (collection, id) => {
    if (!id) return undefined;
    const record = inFile.get(collection)?.get(id);
    return record ? titleOf(collection, record, () => undefined) : undefined;
  };
  const storedNames = new Map<string, string>();
  const nameWithStored: NameOf = (collection, id) =>
    id === undefined ? undefined : (nameOf(collection, id) ?? storedNames.get(`${collection}\u0000${id}`));

  const collections: CollectionPlan[] = [];
  const toSave: Array<[RecordCollection, Array<KnownRecord<AnyRecord>>]> = [];
  const total: ImportCounts = { create: 0, update: 0, skip: 0 };
  for (const [collection, list] of ordered(records)) {
    if (list.length === 0) continue;
    // Names of stored records this collection's titles mention (a membership's person and post).
    if (collection === "memberships") {
      for (const m of list) {
        for (const [c, id] of [
          ["people", m.personId],
          ["posts", m.postId],
          ["bodies", m.bodyId],
        ] as Array<[RecordCollection, string | undefined]>) {
          if (!id || nameOf(c, id)) continue;
          const found = await stored(c, id);
          if (found)
            storedNames.set(
              `${c}\u0000${id}`,
              titleOf(c, found, () => undefined),
            );
        }
      }
    }
    const planned: PlannedRecord[] = [];
    const saving: Array<KnownRecord<AnyRecord>> = [];
    const counts: ImportCounts = { create: 0, update: 0, skip: 0 };
    for (const original of list) {
      const before = await stored(collection, original.id);
      const record = merged(original, before, preserve);
      const base = {
        id: record.id,
        title: titleOf(collection, record, nameWithStored),
        ...(placeOf(collection, record.id) !== undefined ? { place: placeOf(collection, record.id) } : {}),
      };
      const why = blocked.get(`${collection}\u0000${record.id}`);
      let entry: PlannedRecord;
      if (why) entry = { ...base, action: "skip", reason: why.join("; ") };
      else if (!before) entry = { ...base, action: "create" };
      else if (sameRecord(facts(before), facts(record))) entry = { ...base, action: "skip", reason: "unchanged" };
      else entry = { ...base, action: "update", changedFields: changedFields(before, record) };
      planned.push(entry);
      counts[entry.action]++;
      total[entry.action]++;
      if (entry.action !== "skip") saving.push({ record, before });
    }
    collections.push({ collection, records: planned, counts });
    toSave.push([collection, saving]);
  }
  return { plan: { collections, counts: total, problems }, toSave };
}

/**
 * What importing `input` would create, update and skip, per collection, without saving
 * anything. Updates list the fields that differ from what is stored; skips say why (unchanged,
 * or a reference to a record that is neither in the file nor in the database: a problem,
 * listed with its place in the file).
 */
export async function planImport(repositories: Repositories, input: ImportInput): Promise<ImportPlan> {
  return (await plan(repositories, input)).plan;
}

/** How far an import has got: a collection saved, with its count. */
export interface ImportProgress {
  collection: RecordCollection;
  saved: number;
  /** Collections with something to save, and how many of them are done. */
  step: number;
  steps: number;
}

export type ApplyResult = { ok: true; plan: ImportPlan } | { ok: false; plan: ImportPlan; issues: Issue[] };

class ImportProblems extends Error {
  constructor(readonly plan: ImportPlan) {
    super("The import has problems; nothing was saved.");
  }
}

/**
 * Saves a file's records in one transaction, planned inside it so the counts match what was
 * saved. A file with any problem saves nothing, and neither does any failure while saving:
 * the whole transaction rolls back. Records are created, brought up to date, or left alone
 * when unchanged, as `store.put` does; bodies are saved parents first, translations after
 * their originals.
 */
export async function applyImport(
  repositories: Repositories,
  input: ImportInput,
  actor: Actor,
  onProgress: (progress: ImportProgress) => void = () => {},
): Promise<ApplyResult> {
  try {
    const planned = await repositories.batch(async (stores) => {
      const { plan: result, toSave } = await plan(stores, input);
      if (result.problems.length > 0) throw new ImportProblems(result);
      const work = toSave.filter(([, list]) => list.length > 0);
      let step = 0;
      for (const [collection, list] of work) {
        // Saved with what the plan compared them to: nothing is read again.
        const store = stores[collection] as unknown as Pick<RecordStore<AnyRecord>, "saveKnown">;
        await store.saveKnown(list, actor);
        onProgress({ collection, saved: list.length, step: ++step, steps: work.length });
      }
      return result;
    });
    return { ok: true, plan: planned };
  } catch (error) {
    if (error instanceof ImportProblems) return { ok: false, plan: error.plan, issues: error.plan.problems };
    throw error;
  }
}
