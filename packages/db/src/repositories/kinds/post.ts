import { type Post, PostSchema } from "@legible/core";
import type { Post as Row } from "../../generated/sqlite/client";
import {
  counted,
  externalFromRow,
  externalToRow,
  nullable,
  optional,
  pageQuery,
  type RecordKind,
  stampFields,
} from "../record-kind";

export function fromRow(row: Row): Post {
  return {
    id: row.id,
    bodyId: row.bodyId,
    label: row.label,
    role: optional(row.role),
    startDate: optional(row.startDate),
    endDate: optional(row.endDate),
    ...externalFromRow(row),
    ...stampFields(row),
  };
}

function fields(record: Post) {
  return {
    ...externalToRow(record),
    bodyId: record.bodyId,
    label: record.label,
    role: nullable(record.role),
    startDate: nullable(record.startDate),
    endDate: nullable(record.endDate),
  };
}

export const postKind: RecordKind<Post> = {
  type: "post",
  label: "post",
  schema: PostSchema,
  find: async (tx, id) => {
    const row = await tx.post.findUnique({ where: { id } });
    return row && fromRow(row);
  },
  list: async (tx, page) =>
    (await tx.post.findMany({ ...pageQuery(page, [{ label: "asc" }, { id: "asc" }]) })).map(fromRow),
  count: (tx) => tx.post.count(),
  stamp: (tx, id) => tx.post.findUnique({ where: { id }, select: { version: true, updatedAt: true, updatedBy: true } }),
  insert: async (tx, record, updatedBy) => {
    await tx.post.create({ data: { id: record.id, ...fields(record), updatedBy } });
  },
  update: async (tx, record, expectedVersion, updatedBy) => {
    const { count } = await tx.post.updateMany({
      where: { id: record.id, version: expectedVersion },
      data: { ...fields(record), updatedBy, version: { increment: 1 } },
    });
    return count === 1;
  },
  remove: async (tx, id) => {
    await tx.post.delete({ where: { id } });
  },
  dependents: async (tx, id) => {
    const [terms, actions] = await Promise.all([
      tx.membership.count({ where: { postId: id } }),
      tx.action.count({ where: { actorPostId: id } }),
    ]);
    return [
      terms && `${counted(terms, "term")} of office ${terms === 1 ? "is" : "are"} recorded in it`,
      actions && `its holder took ${counted(actions, "action")}`,
    ].filter((reason): reason is string => Boolean(reason));
  },
  sourceIds: () => [],
  searchTexts: () => [],
};
