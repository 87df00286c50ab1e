-- DropIndex
DROP INDEX "Measure_stage_latestActionOn_idx";

-- DropIndex
DROP INDEX "Measure_classification_latestActionOn_idx";

-- DropIndex
DROP INDEX "Measure_bodyId_latestActionOn_idx";

-- DropIndex
DROP INDEX "Measure_latestActionYear_latestActionOn_idx";

-- AlterTable (measures without an action hold "" instead of null)
UPDATE "Measure" SET "latestActionOn" = '' WHERE "latestActionOn" IS NULL;
ALTER TABLE "Measure" ALTER COLUMN "latestActionOn" SET NOT NULL,
ALTER COLUMN "latestActionOn" SET DEFAULT '';

-- CreateIndex
CREATE INDEX "Membership_current_endDate_idx" ON "Membership"("current", "endDate");

-- CreateIndex
CREATE INDEX "Measure_title_id_idx" ON "Measure"("title", "id");

-- CreateIndex
CREATE INDEX "Measure_stage_latestActionOn_id_idx" ON "Measure"("stage", "latestActionOn", "id");

-- CreateIndex
CREATE INDEX "Measure_classification_latestActionOn_id_idx" ON "Measure"("classification", "latestActionOn", "id");

-- CreateIndex
CREATE INDEX "Measure_bodyId_latestActionOn_id_idx" ON "Measure"("bodyId", "latestActionOn", "id");

-- CreateIndex
CREATE INDEX "Measure_latestActionYear_latestActionOn_id_idx" ON "Measure"("latestActionYear", "latestActionOn", "id");
