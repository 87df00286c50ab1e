-- AlterTable
ALTER TABLE "Membership" ADD COLUMN "inferred" JSONB;

-- AlterTable
ALTER TABLE "Measure" ADD COLUMN "inferred" JSONB;

-- AlterTable
ALTER TABLE "Action" ADD COLUMN "inferred" JSONB;

-- AlterTable
ALTER TABLE "VoteEvent" ADD COLUMN "inferred" JSONB;

-- AlterTable
ALTER TABLE "Statement" ADD COLUMN "inferred" JSONB;

-- AlterTable
ALTER TABLE "Explainer" ADD COLUMN "recordsCheckedAt" DATETIME;
