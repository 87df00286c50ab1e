import { type Block, blockText, type Explainer, ExplainerSchema, plainText } from "@legible/core";
import type {
  ExplainerBlock,
  ExplainerCorrection,
  ExplainerRevision,
  Explainer as Row,
} from "../../generated/sqlite/client";
import { sameRecord } from "../canonical";
import { InvalidRecordError } from "../errors";
import { nullable, optional, pageQuery, type RecordKind, stampFields, type Tx } from "../record-kind";

type RowWithParts = Row & {
  blocks: ExplainerBlock[];
  revisions: ExplainerRevision[];
  corrections: ExplainerCorrection[];
};

function blockFromRow(row: ExplainerBlock): Block {
  return { id: row.blockId, kind: row.kind, citations: row.citations, ...(row.content as object) } as Block;
}

function fromRow(row: RowWithParts): Explainer {
  return {
    id: row.id,
    measureId: row.measureId,
    locale: row.locale as Explainer["locale"],
    translationOf: optional(row.translationOf),
    status: row.status as Explainer["status"],
    headline: row.headline,
    blocks: row.blocks.map(blockFromRow),
    reviewNote: optional(row.reviewNote),
    revisions: row.revisions.map((revision) => ({
      number: revision.number,
      publishedAt: revision.publishedAt.toISOString(),
      publishedBy: optional(revision.publishedBy),
      headline: revision.headline,
      blocks: revision.blocks as Block[],
    })),
    corrections: row.corrections.map((correction) => ({
      id: correction.id,
      date: correction.date.toISOString(),
      text: correction.text,
      revision: optional(correction.revision),
    })),
    ...stampFields(row),
  };
}

function fields(record: Explainer) {
  return {
    measureId: record.measureId,
    locale: record.locale,
    translationOf: nullable(record.translationOf),
    status: record.status,
    headline: record.headline,
    reviewNote: nullable(record.reviewNote),
  };
}

/**
 * Blocks are replaced whole with the explainer, in one transaction. Published revisions and
 * public corrections are append-only: a save may add new ones but never rewrite or drop one.
 */
async function saveParts(tx: Tx, record: Explainer, previous: Explainer | null): Promise<void> {
  await tx.explainerBlock.deleteMany({ where: { explainerId: record.id } });
  await tx.explainerBlock.createMany({
    data: record.blocks.map(({ id, kind, citations, ...content }, position) => ({
      explainerId: record.id,
      position,
      blockId: id,
      kind,
      citations,
      content,
    })),
  });

  const keptRevisions = previous?.revisions ?? [];
  const keptCorrections = previous?.corrections ?? [];
  const issues = [
    ...keptRevisions
      .filter(
        (kept) =>
          !sameRecord(
            record.revisions.find((r) => r.number === kept.number),
            kept,
          ),
      )
      .map((kept) => ({ path: `revisions.${kept.number}`, message: "is published and cannot be changed or removed" })),
    ...keptCorrections
      .filter(
        (kept) =>
          !sameRecord(
            record.corrections.find((c) => c.id === kept.id),
            kept,
          ),
      )
      .map((kept) => ({ path: `corrections.${kept.id}`, message: "is public and cannot be changed or removed" })),
  ];
  if (issues.length) throw new InvalidRecordError(issues, "explainer");

  const newRevisions = record.revisions.filter((r) => !keptRevisions.some((kept) => kept.number === r.number));
  if (newRevisions.length) {
    await tx.explainerRevision.createMany({
      data: newRevisions.map((revision) => ({
        explainerId: record.id,
        number: revision.number,
        publishedAt: new Date(revision.publishedAt),
        publishedBy: nullable(revision.publishedBy),
        headline: revision.headline,
        blocks: revision.blocks,
      })),
    });
  }
  const newCorrections = record.corrections.filter((c) => !keptCorrections.some((kept) => kept.id === c.id));
  if (newCorrections.length) {
    await tx.explainerCorrection.createMany({
      data: newCorrections.map((correction) => ({
        id: correction.id,
        explainerId: record.id,
        date: new Date(correction.date),
        text: correction.text,
        revision: nullable(correction.revision),
      })),
    });
  }
}

const withParts = {
  blocks: { orderBy: { position: "asc" as const } },
  revisions: { orderBy: { number: "asc" as const } },
  corrections: { orderBy: [{ date: "asc" as const }, { id: "asc" as const }] },
};

async function find(tx: Tx, id: string): Promise<Explainer | null> {
  const row = await tx.explainer.findUnique({ where: { id }, include: withParts });
  return row && fromRow(row);
}

/** Every source any block cites, in page order, each once. */
function citedSourceIds(record: Explainer): string[] {
  const ids = record.blocks.flatMap((block) => block.citations.flatMap((citation) => citation.sourceId ?? []));
  return [...new Set(ids)];
}

export const explainerKind: RecordKind<Explainer> = {
  type: "explainer",
  label: "explainer",
  schema: ExplainerSchema,
  find,
  list: async (tx, page) =>
    (
      await tx.explainer.findMany({ include: withParts, ...pageQuery(page, [{ updatedAt: "desc" }, { id: "asc" }]) })
    ).map(fromRow),
  count: (tx) => tx.explainer.count(),
  stamp: (tx, id) =>
    tx.explainer.findUnique({ where: { id }, select: { version: true, updatedAt: true, updatedBy: true } }),
  insert: async (tx, record, updatedBy) => {
    await tx.explainer.create({ data: { id: record.id, ...fields(record), updatedBy } });
    await saveParts(tx, record, null);
  },
  update: async (tx, record, expectedVersion, updatedBy) => {
    const previous = await find(tx, record.id);
    const { count } = await tx.explainer.updateMany({
      where: { id: record.id, version: expectedVersion },
      data: { ...fields(record), updatedBy, version: { increment: 1 } },
    });
    if (count === 1) await saveParts(tx, record, previous);
    return count === 1;
  },
  remove: async (tx, id) => {
    await tx.explainer.delete({ where: { id } });
  },
  dependents: async (tx, id) => {
    const [revisions, translations] = await Promise.all([
      tx.explainerRevision.count({ where: { explainerId: id } }),
      tx.explainer.count({ where: { translationOf: id } }),
    ]);
    return [
      revisions && "it has been published; published explainers stay on the public record",
      translations && "a translation is based on it",
    ].filter((reason): reason is string => Boolean(reason));
  },
  sourceIds: citedSourceIds,
  // Only what residents can read is searchable: the latest published revision, as plain text
  // (glossary markup removed). A draft that was never published stays out of the index.
  searchTexts: (record) => {
    const published = record.revisions.at(-1);
    if (!published) return [];
    return [
      {
        locale: record.locale,
        title: plainText(published.headline),
        body: published.blocks.map((block) => plainText(blockText(block))).join("\n"),
      },
    ];
  },
};
