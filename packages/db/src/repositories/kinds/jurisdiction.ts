import { type Jurisdiction, JurisdictionSchema } from "@legible/core";
import type { Jurisdiction as Row } from "../../generated/sqlite/client";
import { counted, nullable, optional, pageQuery, type RecordKind, stampFields } from "../record-kind";

function fromRow(row: Row): Jurisdiction {
  return {
    id: row.id,
    name: row.name,
    slug: row.slug,
    classification: row.classification as Jurisdiction["classification"],
    divisionId: row.divisionId,
    url: optional(row.url),
    ...stampFields(row),
  };
}

function fields(record: Jurisdiction) {
  return {
    name: record.name,
    slug: record.slug,
    classification: record.classification,
    divisionId: record.divisionId,
    url: nullable(record.url),
  };
}

export const jurisdictionKind: RecordKind<Jurisdiction> = {
  type: "jurisdiction",
  label: "jurisdiction",
  schema: JurisdictionSchema,
  find: async (tx, id) => {
    const row = await tx.jurisdiction.findUnique({ where: { id } });
    return row && fromRow(row);
  },
  list: async (tx, page) => (await tx.jurisdiction.findMany({ ...pageQuery(page, { name: "asc" }) })).map(fromRow),
  count: (tx) => tx.jurisdiction.count(),
  stamp: (tx, id) =>
    tx.jurisdiction.findUnique({ where: { id }, select: { version: true, updatedAt: true, updatedBy: true } }),
  insert: async (tx, record, updatedBy) => {
    await tx.jurisdiction.create({ data: { id: record.id, ...fields(record), updatedBy } });
  },
  update: async (tx, record, expectedVersion, updatedBy) => {
    const { count } = await tx.jurisdiction.updateMany({
      where: { id: record.id, version: expectedVersion },
      data: { ...fields(record), updatedBy, version: { increment: 1 } },
    });
    return count === 1;
  },
  remove: async (tx, id) => {
    await tx.jurisdiction.delete({ where: { id } });
  },
  dependents: async (tx, id) => {
    const [bodies, measures] = await Promise.all([
      tx.body.count({ where: { jurisdictionId: id } }),
      tx.measure.count({ where: { jurisdictionId: id } }),
    ]);
    return [
      ...(bodies ? [`${counted(bodies, "body", "bodies")} belong to it`] : []),
      ...(measures ? [`${counted(measures, "measure")} belong to it`] : []),
    ];
  },
  sourceIds: () => [],
  searchTexts: () => [],
};
