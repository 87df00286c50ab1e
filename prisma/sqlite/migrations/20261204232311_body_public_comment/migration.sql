-- DropIndex
DROP INDEX "Action_actorBodyId_idx";

-- AlterTable
ALTER TABLE "Body" ADD COLUMN "publicComment" JSONB;

-- CreateIndex
CREATE INDEX "Action_actorBodyId_dateStart_idx" ON "Action"("actorBodyId", "dateStart");
