-- AlterTable
ALTER TABLE "Jurisdiction" ADD COLUMN "updatedBy" TEXT;

-- CreateTable
CREATE TABLE "Source" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "publisher" TEXT,
    "date" TEXT,
    "url" TEXT,
    "accessedOn" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "updatedBy" TEXT
);

-- CreateTable
CREATE TABLE "SourceCitation" (
    "sourceId" TEXT NOT NULL,
    "recordType" TEXT NOT NULL,
    "recordId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    PRIMARY KEY ("recordType", "recordId", "sourceId"),
    CONSTRAINT "SourceCitation_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Body" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "jurisdictionId" TEXT,
    "name" TEXT NOT NULL,
    "classification" TEXT NOT NULL,
    "parentId" TEXT,
    "phrase" JSONB,
    "rules" JSONB,
    "foundingDate" TEXT,
    "dissolutionDate" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "updatedBy" TEXT,
    CONSTRAINT "Body_jurisdictionId_fkey" FOREIGN KEY ("jurisdictionId") REFERENCES "Jurisdiction" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Body_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Body" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Post" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "bodyId" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "role" TEXT,
    "startDate" TEXT,
    "endDate" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "updatedBy" TEXT,
    CONSTRAINT "Post_bodyId_fkey" FOREIGN KEY ("bodyId") REFERENCES "Body" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Person" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "givenName" TEXT,
    "familyName" TEXT,
    "image" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "updatedBy" TEXT
);

-- CreateTable
CREATE TABLE "Membership" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "personId" TEXT NOT NULL,
    "bodyId" TEXT,
    "postId" TEXT,
    "role" TEXT,
    "startDate" TEXT,
    "endDate" TEXT,
    "current" BOOLEAN,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "updatedBy" TEXT,
    CONSTRAINT "Membership_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Membership_bodyId_fkey" FOREIGN KEY ("bodyId") REFERENCES "Body" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Membership_postId_fkey" FOREIGN KEY ("postId") REFERENCES "Post" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Measure" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "jurisdictionId" TEXT,
    "bodyId" TEXT,
    "session" TEXT,
    "identifier" TEXT,
    "title" TEXT NOT NULL,
    "classification" TEXT NOT NULL,
    "abstract" TEXT,
    "subjects" JSONB NOT NULL,
    "sponsors" JSONB NOT NULL,
    "textSections" JSONB NOT NULL,
    "relatedMeasures" JSONB NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "updatedBy" TEXT,
    CONSTRAINT "Measure_jurisdictionId_fkey" FOREIGN KEY ("jurisdictionId") REFERENCES "Jurisdiction" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Measure_bodyId_fkey" FOREIGN KEY ("bodyId") REFERENCES "Body" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Action" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "measureId" TEXT NOT NULL,
    "date" TEXT NOT NULL,
    "dateStart" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "classification" JSONB NOT NULL,
    "actorBodyId" TEXT,
    "actorPostId" TEXT,
    "order" INTEGER,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "updatedBy" TEXT,
    CONSTRAINT "Action_measureId_fkey" FOREIGN KEY ("measureId") REFERENCES "Measure" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Action_actorBodyId_fkey" FOREIGN KEY ("actorBodyId") REFERENCES "Body" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Action_actorPostId_fkey" FOREIGN KEY ("actorPostId") REFERENCES "Post" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "VoteEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "bodyId" TEXT NOT NULL,
    "measureId" TEXT,
    "actionId" TEXT,
    "date" TEXT NOT NULL,
    "dateStart" TEXT NOT NULL,
    "motionText" TEXT NOT NULL,
    "motionClassification" JSONB,
    "result" TEXT,
    "counts" JSONB NOT NULL,
    "rollCallKnown" BOOLEAN NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "updatedBy" TEXT,
    CONSTRAINT "VoteEvent_bodyId_fkey" FOREIGN KEY ("bodyId") REFERENCES "Body" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "VoteEvent_measureId_fkey" FOREIGN KEY ("measureId") REFERENCES "Measure" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PersonVote" (
    "voteEventId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "voterName" TEXT NOT NULL,
    "personId" TEXT,
    "option" TEXT NOT NULL,

    PRIMARY KEY ("voteEventId", "position"),
    CONSTRAINT "PersonVote_voteEventId_fkey" FOREIGN KEY ("voteEventId") REFERENCES "VoteEvent" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "PersonVote_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Statement" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "measureId" TEXT,
    "speakerPersonId" TEXT,
    "speakerBodyId" TEXT,
    "stance" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "date" TEXT,
    "dateStart" TEXT,
    "medium" TEXT,
    "sourceId" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "updatedBy" TEXT,
    CONSTRAINT "Statement_measureId_fkey" FOREIGN KEY ("measureId") REFERENCES "Measure" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Statement_speakerPersonId_fkey" FOREIGN KEY ("speakerPersonId") REFERENCES "Person" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Statement_speakerBodyId_fkey" FOREIGN KEY ("speakerBodyId") REFERENCES "Body" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Statement_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Explainer" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "measureId" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "translationOf" TEXT,
    "status" TEXT NOT NULL,
    "headline" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "updatedBy" TEXT,
    CONSTRAINT "Explainer_measureId_fkey" FOREIGN KEY ("measureId") REFERENCES "Measure" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ExplainerBlock" (
    "explainerId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "blockId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "content" JSONB NOT NULL,
    "citations" JSONB NOT NULL,

    PRIMARY KEY ("explainerId", "position"),
    CONSTRAINT "ExplainerBlock_explainerId_fkey" FOREIGN KEY ("explainerId") REFERENCES "Explainer" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ExplainerRevision" (
    "explainerId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "publishedAt" DATETIME NOT NULL,
    "publishedBy" TEXT,
    "headline" TEXT NOT NULL,
    "blocks" JSONB NOT NULL,

    PRIMARY KEY ("explainerId", "number"),
    CONSTRAINT "ExplainerRevision_explainerId_fkey" FOREIGN KEY ("explainerId") REFERENCES "Explainer" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ExplainerCorrection" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "explainerId" TEXT NOT NULL,
    "date" DATETIME NOT NULL,
    "text" TEXT NOT NULL,
    "revision" INTEGER,
    CONSTRAINT "ExplainerCorrection_explainerId_fkey" FOREIGN KEY ("explainerId") REFERENCES "Explainer" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AuditEntry" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" TEXT,
    "actorName" TEXT,
    "action" TEXT NOT NULL,
    "recordType" TEXT NOT NULL,
    "recordId" TEXT NOT NULL,
    "version" INTEGER,
    "before" JSONB,
    "after" JSONB
);

-- CreateTable
CREATE TABLE "SearchDocument" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "recordType" TEXT NOT NULL,
    "recordId" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "user" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "emailVerified" BOOLEAN NOT NULL DEFAULT false,
    "image" TEXT,
    "role" TEXT,
    "banned" BOOLEAN DEFAULT false,
    "banReason" TEXT,
    "banExpires" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "session" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "expiresAt" DATETIME NOT NULL,
    "token" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "ipAddress" TEXT,
    "userAgent" TEXT,
    "userId" TEXT NOT NULL,
    "impersonatedBy" TEXT,
    CONSTRAINT "session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "account" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "accountId" TEXT NOT NULL,
    "providerId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "accessToken" TEXT,
    "refreshToken" TEXT,
    "idToken" TEXT,
    "accessTokenExpiresAt" DATETIME,
    "refreshTokenExpiresAt" DATETIME,
    "scope" TEXT,
    "password" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "account_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "verification" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "identifier" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE INDEX "SourceCitation_sourceId_idx" ON "SourceCitation"("sourceId");

-- CreateIndex
CREATE INDEX "Body_jurisdictionId_idx" ON "Body"("jurisdictionId");

-- CreateIndex
CREATE INDEX "Post_bodyId_idx" ON "Post"("bodyId");

-- CreateIndex
CREATE INDEX "Person_name_idx" ON "Person"("name");

-- CreateIndex
CREATE INDEX "Membership_personId_idx" ON "Membership"("personId");

-- CreateIndex
CREATE INDEX "Membership_bodyId_idx" ON "Membership"("bodyId");

-- CreateIndex
CREATE INDEX "Membership_postId_idx" ON "Membership"("postId");

-- CreateIndex
CREATE INDEX "Measure_jurisdictionId_idx" ON "Measure"("jurisdictionId");

-- CreateIndex
CREATE INDEX "Measure_bodyId_idx" ON "Measure"("bodyId");

-- CreateIndex
CREATE INDEX "Measure_updatedAt_idx" ON "Measure"("updatedAt");

-- CreateIndex
CREATE INDEX "Action_measureId_dateStart_idx" ON "Action"("measureId", "dateStart");

-- CreateIndex
CREATE INDEX "VoteEvent_bodyId_dateStart_idx" ON "VoteEvent"("bodyId", "dateStart");

-- CreateIndex
CREATE INDEX "VoteEvent_measureId_idx" ON "VoteEvent"("measureId");

-- CreateIndex
CREATE INDEX "VoteEvent_dateStart_idx" ON "VoteEvent"("dateStart");

-- CreateIndex
CREATE INDEX "PersonVote_personId_idx" ON "PersonVote"("personId");

-- CreateIndex
CREATE INDEX "Statement_measureId_idx" ON "Statement"("measureId");

-- CreateIndex
CREATE INDEX "Statement_speakerPersonId_idx" ON "Statement"("speakerPersonId");

-- CreateIndex
CREATE INDEX "Statement_speakerBodyId_idx" ON "Statement"("speakerBodyId");

-- CreateIndex
CREATE INDEX "Explainer_status_updatedAt_idx" ON "Explainer"("status", "updatedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Explainer_measureId_locale_key" ON "Explainer"("measureId", "locale");

-- CreateIndex
CREATE UNIQUE INDEX "ExplainerBlock_explainerId_blockId_key" ON "ExplainerBlock"("explainerId", "blockId");

-- CreateIndex
CREATE INDEX "ExplainerCorrection_explainerId_date_idx" ON "ExplainerCorrection"("explainerId", "date");

-- CreateIndex
CREATE INDEX "AuditEntry_recordType_recordId_at_idx" ON "AuditEntry"("recordType", "recordId", "at");

-- CreateIndex
CREATE INDEX "AuditEntry_at_idx" ON "AuditEntry"("at");

-- CreateIndex
CREATE INDEX "SearchDocument_recordType_recordId_idx" ON "SearchDocument"("recordType", "recordId");

-- CreateIndex
CREATE UNIQUE INDEX "user_email_key" ON "user"("email");

-- CreateIndex
CREATE UNIQUE INDEX "session_token_key" ON "session"("token");

-- CreateIndex
CREATE INDEX "session_userId_idx" ON "session"("userId");

-- CreateIndex
CREATE INDEX "account_userId_idx" ON "account"("userId");

-- CreateIndex
CREATE INDEX "verification_identifier_idx" ON "verification"("identifier");

-- Full-text search (hand-written: the Prisma schema language has no FTS5). An external-content
-- FTS5 index over SearchDocument, kept in step by triggers. Porter stems English; diacritics
-- are folded so "gascon" finds "Gascón". A later migration that rebuilds SearchDocument must
-- recreate these triggers and run: INSERT INTO "SearchIndex"("SearchIndex") VALUES ('rebuild');
CREATE VIRTUAL TABLE "SearchIndex" USING fts5(
    title,
    body,
    content='SearchDocument',
    content_rowid='rowid',
    tokenize='porter unicode61 remove_diacritics 2'
);

CREATE TRIGGER "SearchDocument_after_insert" AFTER INSERT ON "SearchDocument" BEGIN
    INSERT INTO "SearchIndex"(rowid, title, body) VALUES (new.rowid, new.title, new.body);
END;

CREATE TRIGGER "SearchDocument_after_delete" AFTER DELETE ON "SearchDocument" BEGIN
    INSERT INTO "SearchIndex"("SearchIndex", rowid, title, body) VALUES ('delete', old.rowid, old.title, old.body);
END;

CREATE TRIGGER "SearchDocument_after_update" AFTER UPDATE ON "SearchDocument" BEGIN
    INSERT INTO "SearchIndex"("SearchIndex", rowid, title, body) VALUES ('delete', old.rowid, old.title, old.body);
    INSERT INTO "SearchIndex"(rowid, title, body) VALUES (new.rowid, new.title, new.body);
END;
