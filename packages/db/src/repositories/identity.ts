import type { PrismaDatabase } from "../client";
import type { Tx } from "./record-kind";

// Which record already carries an id in another system: the index (RecordIdentifier) the store
// keeps equal to each record's `identifiers`. A sync asks it first, so a record on record under
// another id (typed by staff, or from another source) is updated rather than made twice.

export interface IdentityLookup {
  /** The ids of the records of `recordType` that carry `key` (core's identifierKey); usually one. */
  find(recordType: string, key: string): Promise<string[]>;
  /** For many keys at once: each key found, with the records that carry it. */
  findMany(recordType: string, keys: readonly string[]): Promise<Map<string, string[]>>;
}

/** How many keys one query asks for: well under either database's limit on bound values. */
const CHUNK = 500;

export function createIdentityLookup(prisma: PrismaDatabase | Tx): IdentityLookup {
  const findMany = async (recordType: string, keys: readonly string[]) => {
    const found = new Map<string, string[]>();
    const unique = [...new Set(keys)];
    for (let start = 0; start < unique.length; start += CHUNK) {
      const rows = await prisma.recordIdentifier.findMany({
        where: { recordType, key: { in: unique.slice(start, start + CHUNK) } },
        orderBy: { recordId: "asc" },
      });
      for (const row of rows) found.set(row.key, [...(found.get(row.key) ?? []), row.recordId]);
    }
    return found;
  };
  return {
    find: async (recordType, key) => (await findMany(recordType, [key])).get(key) ?? [],
    findMany,
  };
}
