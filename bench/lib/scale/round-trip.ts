import type { Dataset } from "@legible/core";
import { createRepositories, type Database, RECORD_COLLECTIONS } from "@legible/db";

/** Key-sorted JSON without absent fields or storage bookkeeping, so equal facts compare equal. */
function facts(value: unknown): string {
  const strip = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(strip);
    if (v && typeof v === "object") {
      return Object.fromEntries(
        Object.entries(v)
          .filter(([key, entry]) => entry !== undefined && key !== "version" && key !== "updatedAt")
          .sort(([a], [b]) => (a < b ? -1 : 1))
          .map(([key, entry]) => [key, strip(entry)]),
      );
    }
    return v;
  };
  return JSON.stringify(strip(value));
}

/**
 * Reads the first and last record of every collection back through the repositories and checks
 * each equals what was generated: the bulk rows say what a repository save would have said.
 */
export async function assertRoundTrip(database: Database, dataset: Dataset): Promise<void> {
  const repositories = createRepositories(database);
  for (const collection of RECORD_COLLECTIONS) {
    const records = dataset[collection] as { id: string }[];
    for (const record of [records[0], records.at(-1)]) {
      if (!record) continue;
      const stored = await (repositories[collection].get as (id: string) => Promise<unknown>)(record.id);
      if (facts(stored) !== facts(record)) {
        throw new Error(
          `${collection} ${record.id} reads back differently:\n  generated ${facts(record)}\n  stored    ${facts(stored)}`,
        );
      }
    }
  }
}
