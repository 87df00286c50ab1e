-- DropIndex
DROP INDEX "PersonVote_personId_idx";

-- AlterTable
ALTER TABLE "PersonVote" ADD COLUMN     "dateStart" TEXT,
ADD COLUMN     "withMajority" BOOLEAN;

-- Hand-written: roll calls already stored take dateStart from their vote, and withMajority as
-- core's votedWithMajority decides it (yes or no, against a known, untied yes/no majority)
UPDATE "PersonVote" p
SET "dateStart" = v."dateStart",
    "withMajority" = CASE
      WHEN p."option" NOT IN ('yes', 'no') THEN NULL
      WHEN (v."counts"->>'yes') IS NULL OR (v."counts"->>'no') IS NULL THEN NULL
      WHEN (v."counts"->>'yes')::int = (v."counts"->>'no')::int THEN NULL
      ELSE (p."option" = 'yes') = ((v."counts"->>'yes')::int > (v."counts"->>'no')::int)
    END
FROM "VoteEvent" v
WHERE v."id" = p."voteEventId";

ALTER TABLE "PersonVote" ALTER COLUMN "dateStart" SET NOT NULL;

-- CreateIndex
CREATE INDEX "PersonVote_personId_dateStart_voteEventId_idx" ON "PersonVote"("personId", "dateStart" DESC, "voteEventId");

-- CreateIndex
CREATE INDEX "PersonVote_personId_withMajority_idx" ON "PersonVote"("personId", "withMajority");
