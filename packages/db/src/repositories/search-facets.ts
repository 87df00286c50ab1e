import { Prisma } from "../generated/sqlite/client";
import type { Tx } from "./record-kind";

// Search narrows by stage, body and year and can list the latest first. Reading those from each
// hit's record at search time would join every match of a common word; so each search document
// carries them, written here whenever the document or the values behind it are written: the
// store after it writes a record's documents, and the measure listing after a measure's stage or
// latest action changes (an action saved alone changes them without saving the measure).

const MEASURE_FACETS = Prisma.sql`"stage" = m."stage", "bodyId" = m."bodyId", "year" = m."latestActionYear", "sortDate" = m."latestActionOn"`;

/** Writes the facets of the search documents of these records of one kind (persons have none). */
export async function refreshSearchFacets(tx: Tx, recordType: string, ids: readonly string[]): Promise<void> {
  if (!ids.length) return;
  const mine = Prisma.sql`"SearchDocument"."recordType" = ${recordType} AND "SearchDocument"."recordId" IN (${Prisma.join(ids)})`;
  switch (recordType) {
    case "measure":
      await tx.$executeRaw`UPDATE "SearchDocument" SET ${MEASURE_FACETS}
        FROM "Measure" m WHERE ${mine} AND m."id" = "SearchDocument"."recordId"`;
      return;
    case "explainer":
      await tx.$executeRaw`UPDATE "SearchDocument" SET ${MEASURE_FACETS}
        FROM "Explainer" e JOIN "Measure" m ON m."id" = e."measureId" WHERE ${mine} AND e."id" = "SearchDocument"."recordId"`;
      return;
    case "meeting":
      await tx.$executeRaw`UPDATE "SearchDocument" SET "bodyId" = g."bodyId",
          "year" = CAST(substr(g."start", 1, 4) AS INTEGER), "sortDate" = substr(g."start", 1, 10)
        FROM "Meeting" g WHERE ${mine} AND g."id" = "SearchDocument"."recordId"`;
      return;
    default:
      return;
  }
}

/** Writes the facets of a measure's search documents and of its explainers'. */
export async function refreshMeasureSearchFacets(tx: Tx, measureId: string): Promise<void> {
  await refreshSearchFacets(tx, "measure", [measureId]);
  const explainers = await tx.explainer.findMany({ where: { measureId }, select: { id: true } });
  await refreshSearchFacets(
    tx,
    "explainer",
    explainers.map((explainer) => explainer.id),
  );
}
