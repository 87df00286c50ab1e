-- DropIndex
DROP INDEX "Statement_speakerPersonId_idx";

-- DropIndex
DROP INDEX "Statement_speakerBodyId_idx";

-- CreateIndex
CREATE INDEX "Statement_speakerPersonId_dateStart_idx" ON "Statement"("speakerPersonId", "dateStart");

-- CreateIndex
CREATE INDEX "Statement_speakerBodyId_dateStart_idx" ON "Statement"("speakerBodyId", "dateStart");
