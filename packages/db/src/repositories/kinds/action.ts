import { type Action, ActionSchema } from "@legible/core";
import { Prisma, type Action as Row } from "../../generated/sqlite/client";
import { counted, nullable, optional, pageQuery, type RecordKind, stampFields } from "../record-kind";
import { withSourceIds } from "./citations";
import { dateStart } from "./dates";
import { refreshMeasureListing } from "./measure-listing";
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
      await tx.action.findMany({ ...pageQuery(page, [{ dateStart: "asc" }, { order: "asc" }, { id: "asc" }]) }),
      fromRow,
    ),
  count: (tx) => tx.action.count(),
  stamp: (tx, id) =>
    tx.action.findUnique({ where: { id }, select: { version: true, updatedAt: true, updatedBy: true } }),
  insert: async (tx, record, updatedBy) => {
    await tx.action.create({ data: { id: record.id, ...fields(record), updatedBy } });
    await refreshMeasureListing(tx, record.measureId);
  },
  update: async (tx, record, expectedVersion, updatedBy) => {
    const before = await tx.action.findUnique({ where: { id: record.id }, select: { measureId: true } });
    const { count } = await tx.action.updateMany({
      where: { id: record.id, version: expectedVersion },
      data: { ...fields(record), updatedBy, version: { increment: 1 } },
    });
    if (count !== 1) return false;
    // An action moved to another measure changes both measures' latest action and stage.
    for (const measureId of new Set([record.measureId, before?.measureId ?? record.measureId])) {
      await refreshMeasureListing(tx, measureId);
    }
    return true;
  },
  remove: async (tx, id) => {
    const removed = await tx.action.delete({ where: { id }, select: { measureId: true } });
    await refreshMeasureListing(tx, removed.measureId);
  },
  dependents: async (tx, id) => {
    const meetings = await meetingsNaming(tx, "action", id);
    return meetings ? [`it is on the agenda of ${counted(meetings, "meeting")}`] : [];
  },
  sourceIds: (record) => record.sourceIds,
  searchTexts: () => [],
};
