-- AlterTable (hand-written: adding columns in place keeps every document's rowid, which the
-- external-content FTS5 index "SearchIndex" and its triggers point at; Prisma's redefinition of
-- the table would have renumbered them and dropped the triggers)
ALTER TABLE "SearchDocument" ADD COLUMN "stage" TEXT;
ALTER TABLE "SearchDocument" ADD COLUMN "bodyId" TEXT;
ALTER TABLE "SearchDocument" ADD COLUMN "year" INTEGER;
ALTER TABLE "SearchDocument" ADD COLUMN "sortDate" TEXT NOT NULL DEFAULT '';

-- CreateIndex
CREATE INDEX "SearchDocument_sortDate_key_idx" ON "SearchDocument"("sortDate", "key");
CREATE INDEX "SearchDocument_stage_idx" ON "SearchDocument"("stage");
CREATE INDEX "SearchDocument_bodyId_idx" ON "SearchDocument"("bodyId");
CREATE INDEX "SearchDocument_year_idx" ON "SearchDocument"("year");

-- The full-text index re-reads a document only when its words change, not when its facets do.
DROP TRIGGER "SearchDocument_after_update";
CREATE TRIGGER "SearchDocument_after_update" AFTER UPDATE OF "title", "body" ON "SearchDocument" BEGIN
    INSERT INTO "SearchIndex"("SearchIndex", rowid, title, body) VALUES ('delete', old.rowid, old.title, old.body);
    INSERT INTO "SearchIndex"(rowid, title, body) VALUES (new.rowid, new.title, new.body);
END;

-- Backfill what the repositories now write on each save (repositories/search-facets.ts): the
-- facets and the newest-first day of every document from the record it is about.
UPDATE "SearchDocument" SET "stage" = m."stage", "bodyId" = m."bodyId", "year" = m."latestActionYear", "sortDate" = m."latestActionOn"
FROM "Measure" m WHERE "SearchDocument"."recordType" = 'measure' AND m."id" = "SearchDocument"."recordId";
UPDATE "SearchDocument" SET "stage" = m."stage", "bodyId" = m."bodyId", "year" = m."latestActionYear", "sortDate" = m."latestActionOn"
FROM "Explainer" e JOIN "Measure" m ON m."id" = e."measureId" WHERE "SearchDocument"."recordType" = 'explainer' AND e."id" = "SearchDocument"."recordId";
UPDATE "SearchDocument" SET "bodyId" = g."bodyId", "year" = CAST(substr(g."start", 1, 4) AS INTEGER), "sortDate" = substr(g."start", 1, 10)
FROM "Meeting" g WHERE "SearchDocument"."recordType" = 'meeting' AND g."id" = "SearchDocument"."recordId";
