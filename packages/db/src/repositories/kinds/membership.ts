import { type Membership, MembershipSchema } from "@legible/core";
import { Prisma, type Membership as Row } from "../../generated/sqlite/client";
import { nullable, optional, pageQuery, type RecordKind, stampFields } from "../record-kind";
import { withSourceIds } from "./citations";

export function fromRow(row: Row, sourceIds: string[]): Membership {
  return {
    id: row.id,
    personId: row.personId,
    bodyId: optional(row.bodyId),
    postId: optional(row.postId),
    role: optional(row.role),
    startDate: row.startDate,
    endDate: row.endDate,
    current: optional(row.current),
    inferred: optional(row.inferred as Membership["inferred"] | null),
    sourceIds,
    ...stampFields(row),
  };
}

function fields(record: Membership) {
  return {
    personId: record.personId,
    bodyId: nullable(record.bodyId),
    postId: nullable(record.postId),
    role: nullable(record.role),
    startDate: record.startDate,
    endDate: record.endDate,
    current: nullable(record.current),
    inferred: record.inferred ?? Prisma.DbNull,
  };
}

export const membershipKind: RecordKind<Membership> = {
  type: "membership",
  label: "membership",
  schema: MembershipSchema,
  find: async (tx, id) => {
    const row = await tx.membership.findUnique({ where: { id } });
    return row ? ((await withSourceIds(tx, "membership", [row], fromRow))[0] ?? null) : null;
  },
  list: async (tx, page) =>
    withSourceIds(tx, "membership", await tx.membership.findMany({ ...pageQuery(page, { id: "asc" }) }), fromRow),
  count: (tx) => tx.membership.count(),
  stamp: (tx, id) =>
    tx.membership.findUnique({ where: { id }, select: { version: true, updatedAt: true, updatedBy: true } }),
  insert: async (tx, record, updatedBy) => {
    await tx.membership.create({ data: { id: record.id, ...fields(record), updatedBy } });
  },
  update: async (tx, record, expectedVersion, updatedBy) => {
    const { count } = await tx.membership.updateMany({
      where: { id: record.id, version: expectedVersion },
      data: { ...fields(record), updatedBy, version: { increment: 1 } },
    });
    return count === 1;
  },
  remove: async (tx, id) => {
    await tx.membership.delete({ where: { id } });
  },
  dependents: async () => [],
  sourceIds: (record) => record.sourceIds,
  searchTexts: () => [],
};
