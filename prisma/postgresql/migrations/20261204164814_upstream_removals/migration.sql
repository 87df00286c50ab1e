-- AlterTable
ALTER TABLE "Body" ADD COLUMN     "goneUpstreamAt" TIMESTAMP(3),
ADD COLUMN     "goneUpstreamKey" TEXT;

-- AlterTable
ALTER TABLE "Person" ADD COLUMN     "goneUpstreamAt" TIMESTAMP(3),
ADD COLUMN     "goneUpstreamKey" TEXT;

-- AlterTable
ALTER TABLE "Measure" ADD COLUMN     "goneUpstreamAt" TIMESTAMP(3),
ADD COLUMN     "goneUpstreamKey" TEXT;

-- AlterTable
ALTER TABLE "VoteEvent" ADD COLUMN     "goneUpstreamAt" TIMESTAMP(3),
ADD COLUMN     "goneUpstreamKey" TEXT;

-- AlterTable
ALTER TABLE "Meeting" ADD COLUMN     "goneUpstreamAt" TIMESTAMP(3),
ADD COLUMN     "goneUpstreamKey" TEXT;
