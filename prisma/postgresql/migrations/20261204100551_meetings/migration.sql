-- CreateTable
CREATE TABLE "Meeting" (
    "id" TEXT NOT NULL,
    "bodyId" TEXT NOT NULL,
    "jurisdictionId" TEXT,
    "name" TEXT NOT NULL,
    "start" TEXT NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "end" TEXT,
    "timeZone" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "location" JSONB,
    "description" TEXT,
    "agenda" JSONB NOT NULL,
    "documents" JSONB NOT NULL,
    "media" JSONB NOT NULL,
    "identifiers" JSONB,
    "provenance" JSONB,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedBy" TEXT,

    CONSTRAINT "Meeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingAgendaLink" (
    "meetingId" TEXT NOT NULL,
    "recordType" TEXT NOT NULL,
    "recordId" TEXT NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MeetingAgendaLink_pkey" PRIMARY KEY ("meetingId","recordType","recordId")
);

-- CreateIndex
CREATE INDEX "Meeting_bodyId_startsAt_idx" ON "Meeting"("bodyId", "startsAt");

-- CreateIndex
CREATE INDEX "Meeting_startsAt_idx" ON "Meeting"("startsAt");

-- CreateIndex
CREATE INDEX "Meeting_status_idx" ON "Meeting"("status");

-- CreateIndex
CREATE INDEX "Meeting_name_idx" ON "Meeting"("name");

-- CreateIndex
CREATE INDEX "Meeting_updatedAt_idx" ON "Meeting"("updatedAt");

-- CreateIndex
CREATE INDEX "Meeting_createdAt_idx" ON "Meeting"("createdAt");

-- CreateIndex
CREATE INDEX "MeetingAgendaLink_recordType_recordId_startsAt_idx" ON "MeetingAgendaLink"("recordType", "recordId", "startsAt");

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_bodyId_fkey" FOREIGN KEY ("bodyId") REFERENCES "Body"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingAgendaLink" ADD CONSTRAINT "MeetingAgendaLink_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;
