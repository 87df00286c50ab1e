-- CreateTable
CREATE TABLE "AlertSubscription" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "scope" TEXT NOT NULL,
    "target" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "frequency" TEXT NOT NULL,
    "confirmedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "AlertAddress" (
    "email" TEXT NOT NULL PRIMARY KEY,
    "bounces" INTEGER NOT NULL DEFAULT 0,
    "pausedAt" DATETIME,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "AlertEvent" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "subscriptionId" TEXT NOT NULL,
    "auditEntryId" INTEGER NOT NULL,
    "emailId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "AlertEvent_subscriptionId_fkey" FOREIGN KEY ("subscriptionId") REFERENCES "AlertSubscription" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AlertEmail" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "error" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "claimedAt" DATETIME,
    "sentAt" DATETIME
);

-- CreateTable
CREATE TABLE "AlertCursor" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "auditEntryId" INTEGER NOT NULL,
    "updatedAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE INDEX "AlertSubscription_scope_target_idx" ON "AlertSubscription"("scope", "target");

-- CreateIndex
CREATE UNIQUE INDEX "AlertSubscription_email_scope_target_key" ON "AlertSubscription"("email", "scope", "target");

-- CreateIndex
CREATE INDEX "AlertEvent_emailId_idx" ON "AlertEvent"("emailId");

-- CreateIndex
CREATE UNIQUE INDEX "AlertEvent_subscriptionId_auditEntryId_key" ON "AlertEvent"("subscriptionId", "auditEntryId");

-- CreateIndex
CREATE INDEX "AlertEmail_status_createdAt_idx" ON "AlertEmail"("status", "createdAt");

-- CreateIndex
CREATE INDEX "AlertEmail_email_idx" ON "AlertEmail"("email");
