-- AlterTable
ALTER TABLE "Body" ADD COLUMN "goneUpstreamAt" DATETIME;
ALTER TABLE "Body" ADD COLUMN "goneUpstreamKey" TEXT;

-- AlterTable
ALTER TABLE "Person" ADD COLUMN "goneUpstreamAt" DATETIME;
ALTER TABLE "Person" ADD COLUMN "goneUpstreamKey" TEXT;

-- AlterTable
ALTER TABLE "Measure" ADD COLUMN "goneUpstreamAt" DATETIME;
ALTER TABLE "Measure" ADD COLUMN "goneUpstreamKey" TEXT;

-- AlterTable
ALTER TABLE "VoteEvent" ADD COLUMN "goneUpstreamAt" DATETIME;
ALTER TABLE "VoteEvent" ADD COLUMN "goneUpstreamKey" TEXT;

-- AlterTable
ALTER TABLE "Meeting" ADD COLUMN "goneUpstreamAt" DATETIME;
ALTER TABLE "Meeting" ADD COLUMN "goneUpstreamKey" TEXT;
