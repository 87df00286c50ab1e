import { type Body, DATASET_FORMAT, type Dataset, type Issue, parseDataset } from "@legible/core";
import { RECORD_COLLECTIONS, type RecordCollection, type Repositories } from "../repositories/index";
import type { Actor, RecordStore } from "../repositories/store";

/** Collections in the order an import creates them: each after the records it points at. */
export const IMPORT_ORDER = RECORD_COLLECTIONS;

/** Storage bookkeeping that differs between databases and is not part of the record's facts. */
function withoutBookkeeping<T extends { version?: number; updatedAt?: string }>(record: T): T {
  const { version: _version, updatedAt: _updatedAt, ...facts } = record;
  return facts as T;
}

/** The whole dataset in core's record shapes, without storage bookkeeping (versions, timestamps). */
export async function exportDataset(repositories: Repositories): Promise<Dataset> {
  const dataset: Record<string, unknown> = { format: DATASET_FORMAT, version: 1 };
  for (const collection of IMPORT_ORDER) {
    const store = repositories[collection] as unknown as RecordStore<{
      id: string;
      version?: number;
      updatedAt?: string;
    }>;
    const records: unknown[] = [];
    for await (const page of store.pages()) records.push(...page.map(withoutBookkeeping));
    dataset[collection] = records;
  }
  return dataset as Dataset;
}

/** Parent bodies before the bodies under them, so every parent exists when its child is saved. */
export function parentsFirst(bodies: Body[]): Body[] {
  const byId = new Map(bodies.map((body) => [body.id, body]));
  const ordered: Body[] = [];
  const placed = new Set<string>();
  const place = (body: Body, seen: Set<string>) => {
    if (placed.has(body.id) || seen.has(body.id)) return;
    seen.add(body.id);
    const parent = body.parentId ? byId.get(body.parentId) : undefined;
    if (parent) place(parent, seen);
    placed.add(body.id);
    ordered.push(body);
  };
  for (const body of bodies) place(body, new Set());
  return ordered;
}

/** Translations after the explainers they translate. */
function originalsFirst(dataset: Dataset): Dataset["explainers"] {
  return [...dataset.explainers].sort(
    (a, b) => Number(a.translationOf !== undefined) - Number(b.translationOf !== undefined),
  );
}

export type ImportResult = { ok: true; counts: Record<RecordCollection, number> } | { ok: false; issues: Issue[] };

/**
 * Reads a dataset and saves every record in one transaction: a file with any problem changes
 * nothing, and the result lists every problem with its place in the file. Records that already
 * exist are brought up to date; unchanged ones are left alone.
 */
export async function importDataset(
  repositories: Repositories,
  input: unknown,
  actor: Actor,
  progress: (line: string) => void = () => {},
): Promise<ImportResult> {
  const parsed = parseDataset(input);
  if (!parsed.ok) return parsed;
  const dataset = {
    ...parsed.value,
    bodies: parentsFirst(parsed.value.bodies),
    explainers: originalsFirst(parsed.value),
  };

  const counts = {} as Record<RecordCollection, number>;
  await repositories.batch(async (stores) => {
    for (const collection of IMPORT_ORDER) {
      // A file may leave out collections added since it was written (meetings).
      const records = (dataset[collection] ?? []) as Array<{ id: string }>;
      const store = stores[collection] as unknown as { put(record: { id: string }, actor: Actor): Promise<unknown> };
      for (const record of records) await store.put(record, actor);
      counts[collection] = records.length;
      if (records.length) progress(`${collection}: ${records.length}`);
    }
  });
  return { ok: true, counts };
}
