-- DropIndex
DROP INDEX "Body_goneUpstreamAt_idx";

-- DropIndex
DROP INDEX "Person_goneUpstreamAt_idx";

-- DropIndex
DROP INDEX "Measure_goneUpstreamAt_idx";

-- DropIndex
DROP INDEX "VoteEvent_goneUpstreamAt_idx";

-- DropIndex
DROP INDEX "Meeting_goneUpstreamAt_idx";

-- CreateTable
CREATE TABLE "GoneUpstream" (
    "recordType" TEXT NOT NULL,
    "recordId" TEXT NOT NULL,

    CONSTRAINT "GoneUpstream_pkey" PRIMARY KEY ("recordType","recordId")
);
