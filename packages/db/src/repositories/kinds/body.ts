import { type Body, BodySchema } from "@legible/core";
import { Prisma, type Body as Row } from "../../generated/sqlite/client";
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
import { withSourceIds } from "./citations";

export function fromRow(row: Row, sourceIds: string[]): Body {
  return {
    id: row.id,
    jurisdictionId: optional(row.jurisdictionId),
    name: row.name,
    classification: row.classification as Body["classification"],
    parentId: optional(row.parentId),
    phrase: optional(row.phrase as Body["phrase"] | null),
    rules: optional(row.rules as Body["rules"] | null),
    publicComment: optional(row.publicComment as Body["publicComment"] | null),
    foundingDate: optional(row.foundingDate),
    dissolutionDate: optional(row.dissolutionDate),
    sourceIds,
    ...externalFromRow(row),
    ...stampFields(row),
  };
}

function fields(record: Body) {
  return {
    ...externalToRow(record),
    jurisdictionId: nullable(record.jurisdictionId),
    name: record.name,
    classification: record.classification,
    parentId: nullable(record.parentId),
    phrase: record.phrase ?? Prisma.DbNull,
    rules: record.rules ?? Prisma.DbNull,
    publicComment: record.publicComment ?? Prisma.DbNull,
    foundingDate: nullable(record.foundingDate),
    dissolutionDate: nullable(record.dissolutionDate),
  };
}

export const bodyKind: RecordKind<Body> = {
  type: "body",
  label: "body",
  schema: BodySchema,
  find: async (tx, id) => {
    const row = await tx.body.findUnique({ where: { id } });
    return row ? ((await withSourceIds(tx, "body", [row], fromRow))[0] ?? null) : null;
  },
  list: async (tx, page) =>
    withSourceIds(
      tx,
      "body",
      await tx.body.findMany({ ...pageQuery(page, [{ name: "asc" }, { id: "asc" }]) }),
      fromRow,
    ),
  count: (tx) => tx.body.count(),
  stamp: (tx, id) => tx.body.findUnique({ where: { id }, select: { version: true, updatedAt: true, updatedBy: true } }),
  insert: async (tx, record, updatedBy) => {
    await tx.body.create({ data: { id: record.id, ...fields(record), updatedBy } });
  },
  update: async (tx, record, expectedVersion, updatedBy) => {
    const { count } = await tx.body.updateMany({
      where: { id: record.id, version: expectedVersion },
      data: { ...fields(record), updatedBy, version: { increment: 1 } },
    });
    return count === 1;
  },
  remove: async (tx, id) => {
    await tx.body.delete({ where: { id } });
  },
  dependents: async (tx, id) => {
    const [children, posts, memberships, votes, statements, measures, actions, meetings] = await Promise.all([
      tx.body.count({ where: { parentId: id } }),
      tx.post.count({ where: { bodyId: id } }),
      tx.membership.count({ where: { bodyId: id } }),
      tx.voteEvent.count({ where: { bodyId: id } }),
      tx.statement.count({ where: { speakerBodyId: id } }),
      tx.measure.count({ where: { bodyId: id } }),
      tx.action.count({ where: { actorBodyId: id } }),
      tx.meeting.count({ where: { bodyId: id } }),
    ]);
    return [
      children && `${counted(children, "body", "bodies")} sit under it`,
      posts && `it has ${counted(posts, "post")}`,
      memberships && `it has ${counted(memberships, "membership")}`,
      votes && `it held ${counted(votes, "vote")}`,
      statements && `it made ${counted(statements, "statement")}`,
      measures && `${counted(measures, "measure")} belong to it`,
      actions && `it took ${counted(actions, "action")}`,
      meetings && `it has ${counted(meetings, "meeting")}`,
    ].filter((reason): reason is string => Boolean(reason));
  },
  sourceIds: (record) => record.sourceIds,
  searchTexts: () => [],
};
