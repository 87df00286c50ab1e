-- CreateTable
CREATE TABLE "AlertSubscription" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "scope" TEXT NOT NULL,
    "target" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "frequency" TEXT NOT NULL,
    "confirmedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AlertSubscription_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AlertAddress" (
    "email" TEXT NOT NULL,
    "bounces" INTEGER NOT NULL DEFAULT 0,
    "pausedAt" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AlertAddress_pkey" PRIMARY KEY ("email")
);

-- CreateTable
CREATE TABLE "AlertEvent" (
    "id" SERIAL NOT NULL,
    "subscriptionId" TEXT NOT NULL,
    "auditEntryId" INTEGER NOT NULL,
    "emailId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AlertEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AlertEmail" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "error" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "claimedAt" TIMESTAMP(3),
    "sentAt" TIMESTAMP(3),

    CONSTRAINT "AlertEmail_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AlertCursor" (
    "id" TEXT NOT NULL,
    "auditEntryId" INTEGER NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AlertCursor_pkey" PRIMARY KEY ("id")
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

-- AddForeignKey
ALTER TABLE "AlertEvent" ADD CONSTRAINT "AlertEvent_subscriptionId_fkey" FOREIGN KEY ("subscriptionId") REFERENCES "AlertSubscription"("id") ON DELETE CASCADE ON UPDATE CASCADE;
