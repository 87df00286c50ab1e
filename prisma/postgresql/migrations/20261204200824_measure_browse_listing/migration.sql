-- AlterTable
ALTER TABLE "Measure" ADD COLUMN     "latestActionId" TEXT,
ADD COLUMN     "latestActionOn" TEXT,
ADD COLUMN     "latestActionYear" INTEGER,
ADD COLUMN     "stage" TEXT NOT NULL DEFAULT 'unknown';

-- CreateTable
CREATE TABLE "MeasureSubject" (
    "measureId" TEXT NOT NULL,
    "subject" TEXT NOT NULL,

    CONSTRAINT "MeasureSubject_pkey" PRIMARY KEY ("measureId","subject")
);

-- CreateIndex
CREATE INDEX "MeasureSubject_subject_measureId_idx" ON "MeasureSubject"("subject", "measureId");

-- CreateIndex
CREATE INDEX "Measure_latestActionOn_id_idx" ON "Measure"("latestActionOn", "id");

-- CreateIndex
CREATE INDEX "Measure_stage_latestActionOn_idx" ON "Measure"("stage", "latestActionOn");

-- CreateIndex
CREATE INDEX "Measure_classification_latestActionOn_idx" ON "Measure"("classification", "latestActionOn");

-- CreateIndex
CREATE INDEX "Measure_bodyId_latestActionOn_idx" ON "Measure"("bodyId", "latestActionOn");

-- CreateIndex
CREATE INDEX "Measure_latestActionYear_latestActionOn_idx" ON "Measure"("latestActionYear", "latestActionOn");

-- AddForeignKey
ALTER TABLE "MeasureSubject" ADD CONSTRAINT "MeasureSubject_measureId_fkey" FOREIGN KEY ("measureId") REFERENCES "Measure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Backfill: each measure's latest action and its subjects. The stage needs core's rules, so
-- existing measures keep "unknown" until they or one of their actions are next saved.
UPDATE "Measure" m SET "latestActionId" = a."id", "latestActionOn" = a."dateStart",
  "latestActionYear" = CAST(substr(a."dateStart", 1, 4) AS INTEGER)
FROM (
  SELECT DISTINCT ON ("measureId") "measureId", "id", "dateStart" FROM "Action"
  ORDER BY "measureId", "dateStart" DESC, "order" DESC NULLS LAST, "id" DESC
) a WHERE a."measureId" = m."id";
INSERT INTO "MeasureSubject" ("measureId", "subject")
SELECT DISTINCT m."id", s.value FROM "Measure" m, jsonb_array_elements_text(m."subjects") AS s(value)
ON CONFLICT DO NOTHING;
