-- AlterTable
ALTER TABLE "Body" ADD COLUMN "identifiers" JSONB;
ALTER TABLE "Body" ADD COLUMN "provenance" JSONB;

-- AlterTable
ALTER TABLE "Post" ADD COLUMN "identifiers" JSONB;
ALTER TABLE "Post" ADD COLUMN "provenance" JSONB;

-- AlterTable
ALTER TABLE "Person" ADD COLUMN "identifiers" JSONB;
ALTER TABLE "Person" ADD COLUMN "provenance" JSONB;

-- AlterTable
ALTER TABLE "Measure" ADD COLUMN "identifiers" JSONB;
ALTER TABLE "Measure" ADD COLUMN "provenance" JSONB;

-- AlterTable
ALTER TABLE "VoteEvent" ADD COLUMN "identifiers" JSONB;
ALTER TABLE "VoteEvent" ADD COLUMN "provenance" JSONB;

-- CreateTable
CREATE TABLE "RecordIdentifier" (
    "recordType" TEXT NOT NULL,
    "recordId" TEXT NOT NULL,
    "key" TEXT NOT NULL,

    PRIMARY KEY ("recordType", "recordId", "key")
);

-- CreateTable
CREATE TABLE "UpstreamSnapshot" (
    "recordType" TEXT NOT NULL,
    "recordId" TEXT NOT NULL,
    "sourceId" TEXT,
    "values" JSONB NOT NULL,
    "fetchedAt" DATETIME NOT NULL,

    PRIMARY KEY ("recordType", "recordId")
);

-- CreateTable
CREATE TABLE "ReviewItem" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "recordType" TEXT NOT NULL,
    "recordId" TEXT NOT NULL,
    "field" TEXT,
    "currentValue" JSONB,
    "incomingValue" JSONB,
    "incoming" JSONB,
    "reason" TEXT NOT NULL,
    "sourceId" TEXT,
    "runId" TEXT,
    "resolution" TEXT,
    "resolvedBy" TEXT,
    "resolvedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "RecordRedirect" (
    "recordType" TEXT NOT NULL,
    "fromId" TEXT NOT NULL,
    "toId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdBy" TEXT,

    PRIMARY KEY ("recordType", "fromId")
);

-- CreateTable
CREATE TABLE "SyncSource" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "connector" TEXT NOT NULL,
    "settings" JSONB NOT NULL,
    "schedule" TEXT,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "resumeFrom" JSONB,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "updatedBy" TEXT
);

-- CreateTable
CREATE TABLE "SyncRun" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "sourceId" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "trigger" TEXT NOT NULL,
    "requestedBy" TEXT,
    "progress" JSONB,
    "report" JSONB,
    "error" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startedAt" DATETIME,
    "finishedAt" DATETIME,
    "heartbeatAt" DATETIME,
    CONSTRAINT "SyncRun_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "SyncSource" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "RecordIdentifier_recordType_key_idx" ON "RecordIdentifier"("recordType", "key");

-- CreateIndex
CREATE INDEX "UpstreamSnapshot_sourceId_idx" ON "UpstreamSnapshot"("sourceId");

-- CreateIndex
CREATE INDEX "ReviewItem_status_createdAt_idx" ON "ReviewItem"("status", "createdAt");

-- CreateIndex
CREATE INDEX "ReviewItem_recordType_recordId_idx" ON "ReviewItem"("recordType", "recordId");

-- CreateIndex
CREATE INDEX "RecordRedirect_recordType_toId_idx" ON "RecordRedirect"("recordType", "toId");

-- CreateIndex
CREATE INDEX "SyncRun_sourceId_createdAt_idx" ON "SyncRun"("sourceId", "createdAt");

-- CreateIndex
CREATE INDEX "SyncRun_status_idx" ON "SyncRun"("status");
