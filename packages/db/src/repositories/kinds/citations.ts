import { chunks } from "../chunks";
import type { RecordKind, Tx } from "../record-kind";

type CitingType = RecordKind<{ id: string }>["type"];

/** The sources each record cites, in the record's order, fetched for a whole page at once. */
export async function sourceIdsByRecord(tx: Tx, recordType: CitingType, ids: string[]): Promise<Map<string, string[]>> {
  const byRecord = new Map<string, string[]>(ids.map((id) => [id, []]));
  for (const chunk of chunks(ids)) {
    const rows = await tx.sourceCitation.findMany({
      where: { recordType, recordId: { in: chunk } },
      orderBy: [{ recordId: "asc" }, { position: "asc" }],
      select: { recordId: true, sourceId: true },
    });
    for (const row of rows) byRecord.get(row.recordId)?.push(row.sourceId);
  }
  return byRecord;
}

/** Reads a page of rows with their cited sources: one query for the rows, one for the citations. */
export async function withSourceIds<R extends { id: string }, T>(
  tx: Tx,
  recordType: CitingType,
  rows: R[],
  fromRow: (row: R, sourceIds: string[]) => T,
): Promise<T[]> {
  const byRecord = await sourceIdsByRecord(
    tx,
    recordType,
    rows.map((row) => row.id),
  );
  return rows.map((row) => fromRow(row, byRecord.get(row.id) ?? []));
}
