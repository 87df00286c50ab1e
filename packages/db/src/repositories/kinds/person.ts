import { type Person, PersonSchema } from "@legible/core";
import type { Person as Row } from "../../generated/sqlite/client";
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

export function fromRow(row: Row, sourceIds: string[]): Person {
  return {
    id: row.id,
    name: row.name,
    givenName: optional(row.givenName),
    familyName: optional(row.familyName),
    image: optional(row.image),
    sourceIds,
    ...externalFromRow(row),
    ...stampFields(row),
  };
}

function fields(record: Person) {
  return {
    ...externalToRow(record),
    name: record.name,
    givenName: nullable(record.givenName),
    familyName: nullable(record.familyName),
    image: nullable(record.image),
  };
}

export const personKind: RecordKind<Person> = {
  type: "person",
  label: "person",
  schema: PersonSchema,
  find: async (tx, id) => {
    const row = await tx.person.findUnique({ where: { id } });
    return row ? ((await withSourceIds(tx, "person", [row], fromRow))[0] ?? null) : null;
  },
  list: async (tx, page) =>
    withSourceIds(
      tx,
      "person",
      await tx.person.findMany({ ...pageQuery(page, [{ name: "asc" }, { id: "asc" }]) }),
      fromRow,
    ),
  count: (tx) => tx.person.count(),
  stamp: (tx, id) =>
    tx.person.findUnique({ where: { id }, select: { version: true, updatedAt: true, updatedBy: true } }),
  insert: async (tx, record, updatedBy) => {
    await tx.person.create({ data: { id: record.id, ...fields(record), updatedBy } });
  },
  update: async (tx, record, expectedVersion, updatedBy) => {
    const { count } = await tx.person.updateMany({
      where: { id: record.id, version: expectedVersion },
      data: { ...fields(record), updatedBy, version: { increment: 1 } },
    });
    return count === 1;
  },
  remove: async (tx, id) => {
    await tx.person.delete({ where: { id } });
  },
  dependents: async (tx, id) => {
    const [votes, statements, terms] = await Promise.all([
      tx.personVote.count({ where: { personId: id } }),
      tx.statement.count({ where: { speakerPersonId: id } }),
      tx.membership.count({ where: { personId: id } }),
    ]);
    return [
      votes && `${counted(votes, "recorded vote")} ${votes === 1 ? "names" : "name"} them`,
      statements && `${counted(statements, "statement")} ${statements === 1 ? "is" : "are"} theirs`,
      terms && `${counted(terms, "term")} of office ${terms === 1 ? "is" : "are"} theirs`,
    ].filter((reason): reason is string => Boolean(reason));
  },
  sourceIds: (record) => record.sourceIds,
  searchTexts: (record) => [
    { locale: "en", title: record.name, body: [record.givenName, record.familyName].filter(Boolean).join(" ") },
  ],
};
