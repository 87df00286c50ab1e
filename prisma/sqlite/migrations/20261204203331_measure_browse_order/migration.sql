-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Measure" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "jurisdictionId" TEXT,
    "bodyId" TEXT,
    "session" TEXT,
    "identifier" TEXT,
    "title" TEXT NOT NULL,
    "classification" TEXT NOT NULL,
    "abstract" TEXT,
    "subjects" JSONB NOT NULL,
    "sponsors" JSONB NOT NULL,
    "textSections" JSONB NOT NULL,
    "relatedMeasures" JSONB NOT NULL,
    "inferred" JSONB,
    "identifiers" JSONB,
    "provenance" JSONB,
    "goneUpstreamAt" DATETIME,
    "goneUpstreamKey" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "updatedBy" TEXT,
    "stage" TEXT NOT NULL DEFAULT 'unknown',
    "latestActionId" TEXT,
    "latestActionOn" TEXT NOT NULL DEFAULT '',
    "latestActionYear" INTEGER,
    CONSTRAINT "Measure_jurisdictionId_fkey" FOREIGN KEY ("jurisdictionId") REFERENCES "Jurisdiction" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Measure_bodyId_fkey" FOREIGN KEY ("bodyId") REFERENCES "Body" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Measure" ("abstract", "bodyId", "classification", "createdAt", "goneUpstreamAt", "goneUpstreamKey", "id", "identifier", "identifiers", "inferred", "jurisdictionId", "latestActionId", "latestActionOn", "latestActionYear", "provenance", "relatedMeasures", "session", "sponsors", "stage", "subjects", "textSections", "title", "updatedAt", "updatedBy", "version") SELECT "abstract", "bodyId", "classification", "createdAt", "goneUpstreamAt", "goneUpstreamKey", "id", "identifier", "identifiers", "inferred", "jurisdictionId", "latestActionId", coalesce("latestActionOn", '') AS "latestActionOn", "latestActionYear", "provenance", "relatedMeasures", "session", "sponsors", "stage", "subjects", "textSections", "title", "updatedAt", "updatedBy", "version" FROM "Measure";
DROP TABLE "Measure";
ALTER TABLE "new_Measure" RENAME TO "Measure";
CREATE INDEX "Measure_jurisdictionId_idx" ON "Measure"("jurisdictionId");
CREATE INDEX "Measure_bodyId_idx" ON "Measure"("bodyId");
CREATE INDEX "Measure_updatedAt_idx" ON "Measure"("updatedAt");
CREATE INDEX "Measure_title_idx" ON "Measure"("title");
CREATE INDEX "Measure_identifier_idx" ON "Measure"("identifier");
CREATE INDEX "Measure_classification_idx" ON "Measure"("classification");
CREATE INDEX "Measure_createdAt_idx" ON "Measure"("createdAt");
CREATE INDEX "Measure_latestActionOn_id_idx" ON "Measure"("latestActionOn", "id");
CREATE INDEX "Measure_title_id_idx" ON "Measure"("title", "id");
CREATE INDEX "Measure_stage_latestActionOn_id_idx" ON "Measure"("stage", "latestActionOn", "id");
CREATE INDEX "Measure_classification_latestActionOn_id_idx" ON "Measure"("classification", "latestActionOn", "id");
CREATE INDEX "Measure_bodyId_latestActionOn_id_idx" ON "Measure"("bodyId", "latestActionOn", "id");
CREATE INDEX "Measure_latestActionYear_latestActionOn_id_idx" ON "Measure"("latestActionYear", "latestActionOn", "id");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "Membership_current_endDate_idx" ON "Membership"("current", "endDate");
