import { type Source, SourceSchema } from "@legible/core";
import type { Source as Row } from "../../generated/sqlite/client";
import { counted, nullable, optional, pageQuery, type RecordKind, stampFields } from "../record-kind";

export function fromRow(row: Row): Source {
  return {
    id: row.id,
    kind: row.kind as Source["kind"],
    title: row.title,
    publisher: row.publisher,
    date: row.date,
    url: optional(row.url),
    accessedOn: optional(row.accessedOn),
    ...stampFields(row),
  };
}

function fields(record: Source) {
  return {
    kind: record.kind,
    title: record.title,
    publisher: record.publisher,
    date: record.date,
    url: nullable(record.url),
    accessedOn: nullable(record.accessedOn),
  };
}

export const sourceKind: RecordKind<Source> = {
  type: "source",
  label: "source",
  schema: SourceSchema,
  find: async (tx, id) => {
    const row = await tx.source.findUnique({ where: { id } });
    return row && fromRow(row);
  },
  list: async (tx, page) =>
    (await tx.source.findMany({ ...pageQuery(page, [{ title: "asc" }, { id: "asc" }]) })).map(fromRow),
  count: (tx) => tx.source.count(),
  stamp: (tx, id) =>
    tx.source.findUnique({ where: { id }, select: { version: true, updatedAt: true, updatedBy: true } }),
  insert: async (tx, record, updatedBy) => {
    await tx.source.create({ data: { id: record.id, ...fields(record), updatedBy } });
  },
  update: async (tx, record, expectedVersion, updatedBy) => {
    const { count } = await tx.source.updateMany({
      where: { id: record.id, version: expectedVersion },
      data: { ...fields(record), updatedBy, version: { increment: 1 } },
    });
    return count === 1;
  },
  remove: async (tx, id) => {
    await tx.source.delete({ where: { id } });
  },
  dependents: async (tx, id) => {
    const citing = await tx.sourceCitation.count({ where: { sourceId: id } });
    return citing ? [`${counted(citing, "record")} ${citing === 1 ? "cites" : "cite"} it`] : [];
  },
  sourceIds: () => [],
  searchTexts: () => [],
};
