import { type Statement, StatementSchema } from "@legible/core";
import { Prisma, type Statement as Row } from "../../generated/sqlite/client";
import { nullable, optional, pageQuery, type RecordKind, stampFields } from "../record-kind";
import { dateStart } from "./dates";

export function fromRow(row: Row): Statement {
  return {
    id: row.id,
    measureId: optional(row.measureId),
    speakerPersonId: optional(row.speakerPersonId),
    speakerBodyId: optional(row.speakerBodyId),
    stance: row.stance as Statement["stance"],
    text: row.text,
    date: row.date,
    medium: row.medium as Statement["medium"],
    sourceId: row.sourceId,
    inferred: optional(row.inferred as Statement["inferred"] | null),
    ...stampFields(row),
  };
}

function fields(record: Statement) {
  return {
    measureId: nullable(record.measureId),
    speakerPersonId: nullable(record.speakerPersonId),
    speakerBodyId: nullable(record.speakerBodyId),
    stance: record.stance,
    text: record.text,
    date: record.date,
    dateStart: record.date === null ? null : dateStart(record.date),
    medium: record.medium,
    sourceId: record.sourceId,
    inferred: record.inferred ?? Prisma.DbNull,
  };
}

export const statementKind: RecordKind<Statement> = {
  type: "statement",
  label: "statement",
  schema: StatementSchema,
  find: async (tx, id) => {
    const row = await tx.statement.findUnique({ where: { id } });
    return row && fromRow(row);
  },
  list: async (tx, page) =>
    (await tx.statement.findMany({ ...pageQuery(page, [{ dateStart: "asc" }, { id: "asc" }]) })).map(fromRow),
  count: (tx) => tx.statement.count(),
  stamp: (tx, id) =>
    tx.statement.findUnique({ where: { id }, select: { version: true, updatedAt: true, updatedBy: true } }),
  insert: async (tx, record, updatedBy) => {
    await tx.statement.create({ data: { id: record.id, ...fields(record), updatedBy } });
  },
  update: async (tx, record, expectedVersion, updatedBy) => {
    const { count } = await tx.statement.updateMany({
      where: { id: record.id, version: expectedVersion },
      data: { ...fields(record), updatedBy, version: { increment: 1 } },
    });
    return count === 1;
  },
  remove: async (tx, id) => {
    await tx.statement.delete({ where: { id } });
  },
  dependents: async () => [],
  sourceIds: (record) => [record.sourceId],
  searchTexts: () => [],
};
