-- AlterTable
ALTER TABLE "SearchDocument" ADD COLUMN     "bodyId" TEXT,
ADD COLUMN     "sortDate" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "stage" TEXT,
ADD COLUMN     "year" INTEGER;

-- CreateIndex
CREATE INDEX "SearchDocument_sortDate_key_idx" ON "SearchDocument"("sortDate", "key");

-- CreateIndex
CREATE INDEX "SearchDocument_stage_idx" ON "SearchDocument"("stage");

-- CreateIndex
CREATE INDEX "SearchDocument_bodyId_idx" ON "SearchDocument"("bodyId");

-- CreateIndex
CREATE INDEX "SearchDocument_year_idx" ON "SearchDocument"("year");

-- Backfill what the repositories now write on each save (repositories/search-facets.ts): the
-- facets and the newest-first day of every document from the record it is about.
UPDATE "SearchDocument" SET "stage" = m."stage", "bodyId" = m."bodyId", "year" = m."latestActionYear", "sortDate" = m."latestActionOn"
FROM "Measure" m WHERE "SearchDocument"."recordType" = 'measure' AND m."id" = "SearchDocument"."recordId";
UPDATE "SearchDocument" SET "stage" = m."stage", "bodyId" = m."bodyId", "year" = m."latestActionYear", "sortDate" = m."latestActionOn"
FROM "Explainer" e JOIN "Measure" m ON m."id" = e."measureId" WHERE "SearchDocument"."recordType" = 'explainer' AND e."id" = "SearchDocument"."recordId";
UPDATE "SearchDocument" SET "bodyId" = g."bodyId", "year" = CAST(substr(g."start", 1, 4) AS INTEGER), "sortDate" = substr(g."start", 1, 10)
FROM "Meeting" g WHERE "SearchDocument"."recordType" = 'meeting' AND g."id" = "SearchDocument"."recordId";
