import { type Action, ActionSchema } from "@legible/core";
import { Prisma, type Action as Row } from "../../generated/sqlite/client";
import { counted, nullable, optional, type RecordKind, stampFields } from "../record-kind";
import { withSourceIds } from "./citations";
import { dateStart } from "./dates";
import { meetingsNaming } from "./meeting";

export function fromRow(row: Row, sourceIds: string[]): Action {
  return {
    id: row.id,
    measureId: row.measureId,
    date: row.date,
    description: row.description,
    classification: row.classification as Action["classification"],
    actorBodyId: optional(row.actorBodyId),
    actorPostId: optional(row.actorPostId),
    order: optional(row.order),
    inferred: optional(row.inferred as Action["inferred"] | null),
    sourceIds,
    ...stampFields(row),
  };
}

function fields(record: Action) {
  return {
    measureId: record.measureId,
    date: record.date,
    dateStart: dateStart(record.date),
    description: record.description,
    classification: record.classification,
    actorBodyId: nullable(record.actorBodyId),
    actorPostId: nullable(record.actorPostId),
    order: nullable(record.order),
    inferred: record.inferred ?? Prisma.DbNull,
  };
}

export const actionKind: RecordKind<Action> = {
  type: "action",
  label: "action",
  schema: ActionSchema,
  find: async (tx, id) => {
    const row = await tx.action.findUnique({ where: { id } });
    return row ? ((await withSourceIds(tx, "action", [row], fromRow))[0] ?? null) : null;
  },
  list: async (tx, page) =>
    withSourceIds(
      tx,
      "action",
      await tx.action.findMany({ orderBy: [{ dateStart: "asc" }, { order: "asc" }, { id: "asc" }], ...page }),
      fromRow,
    ),
  count: (tx) => tx.action.count(),
  stamp: (tx, id) =>
    tx.action.findUnique({ where: { id }, select: { version: true, updatedAt: true, updatedBy: true } }),
  insert: async (tx, record, updatedBy) => {
    await tx.action.create({ data: { id: record.id, ...fields(record), updatedBy } });
  },
  update: async (tx, record, expectedVersion, updatedBy) => {
    const { count } = await tx.action.updateMany({
      where: { id: record.id, version: expectedVersion },
      data: { ...fields(record), updatedBy, version: { increment: 1 } },
    });
    return count === 1;
  },
  remove: async (tx, id) => {
    await tx.action.delete({ where: { id } });
  },
  dependents: async (tx, id) => {
    const meetings = await meetingsNaming(tx, "action", id);
    return meetings ? [`it is on the agenda of ${counted(meetings, "meeting")}`] : [];
  },
  sourceIds: (record) => record.sourceIds,
  searchTexts: () => [],
};
