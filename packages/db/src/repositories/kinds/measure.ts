import { type Measure, MeasureSchema } from "@legible/core";
import { Prisma, type Measure as Row } from "../../generated/sqlite/client";
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
import { refreshMeasureListing, writeMeasureSubjects } from "./measure-listing";
import { meetingsNaming } from "./meeting";

export function fromRow(row: Row, sourceIds: string[]): Measure {
  return {
    id: row.id,
    jurisdictionId: optional(row.jurisdictionId),
    bodyId: optional(row.bodyId),
    session: row.session,
    identifier: row.identifier,
    title: row.title,
    classification: row.classification as Measure["classification"],
    abstract: optional(row.abstract),
    subjects: row.subjects as Measure["subjects"],
    sponsors: row.sponsors as Measure["sponsors"],
    textSections: row.textSections as Measure["textSections"],
    relatedMeasures: row.relatedMeasures as Measure["relatedMeasures"],
    inferred: optional(row.inferred as Measure["inferred"] | null),
    sourceIds,
    ...externalFromRow(row),
    ...stampFields(row),
  };
}

function fields(record: Measure) {
  return {
    ...externalToRow(record),
    jurisdictionId: nullable(record.jurisdictionId),
    bodyId: nullable(record.bodyId),
    session: record.session ?? null,
    identifier: record.identifier,
    title: record.title,
    classification: record.classification,
    abstract: nullable(record.abstract),
    subjects: record.subjects,
    sponsors: record.sponsors,
    textSections: record.textSections,
    relatedMeasures: record.relatedMeasures,
    inferred: record.inferred ?? Prisma.DbNull,
  };
}

export const measureKind: RecordKind<Measure> = {
  type: "measure",
  label: "measure",
  schema: MeasureSchema,
  find: async (tx, id) => {
    const row = await tx.measure.findUnique({ where: { id } });
    return row ? ((await withSourceIds(tx, "measure", [row], fromRow))[0] ?? null) : null;
  },
  list: async (tx, page) =>
    withSourceIds(
      tx,
      "measure",
      await tx.measure.findMany({ ...pageQuery(page, [{ title: "asc" }, { id: "asc" }]) }),
      fromRow,
    ),
  count: (tx) => tx.measure.count(),
  stamp: (tx, id) =>
    tx.measure.findUnique({ where: { id }, select: { version: true, updatedAt: true, updatedBy: true } }),
  insert: async (tx, record, updatedBy) => {
    await tx.measure.create({ data: { id: record.id, ...fields(record), updatedBy } });
    await writeMeasureSubjects(tx, record.id, record.subjects);
    await refreshMeasureListing(tx, record.id);
  },
  update: async (tx, record, expectedVersion, updatedBy) => {
    const { count } = await tx.measure.updateMany({
      where: { id: record.id, version: expectedVersion },
      data: { ...fields(record), updatedBy, version: { increment: 1 } },
    });
    if (count !== 1) return false;
    await writeMeasureSubjects(tx, record.id, record.subjects);
    await refreshMeasureListing(tx, record.id);
    return true;
  },
  remove: async (tx, id) => {
    await tx.measure.delete({ where: { id } });
  },
  dependents: async (tx, id) => {
    const [actions, votes, statements, explainers, meetings] = await Promise.all([
      tx.action.count({ where: { measureId: id } }),
      tx.voteEvent.count({ where: { measureId: id } }),
      tx.statement.count({ where: { measureId: id } }),
      tx.explainer.count({ where: { measureId: id } }),
      meetingsNaming(tx, "measure", id),
    ]);
    return [
      actions && `it has ${counted(actions, "action")}`,
      votes && `it has ${counted(votes, "vote")}`,
      statements && `${counted(statements, "statement")} ${statements === 1 ? "is" : "are"} about it`,
      explainers && `it has ${counted(explainers, "explainer")}`,
      meetings && `it is on the agenda of ${counted(meetings, "meeting")}`,
    ].filter((reason): reason is string => Boolean(reason));
  },
  sourceIds: (record) => record.sourceIds,
  searchTexts: (record) => [
    {
      locale: "en",
      title: [record.identifier, record.title].filter(Boolean).join(" "),
      body: [record.abstract, record.subjects.join(", "), ...record.textSections.map((section) => section.text)]
        .filter(Boolean)
        .join("\n"),
    },
  ],
};
