-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_PersonVote" (
    "voteEventId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "voterName" TEXT NOT NULL,
    "personId" TEXT,
    "option" TEXT NOT NULL,
    "dateStart" TEXT NOT NULL,
    "withMajority" BOOLEAN,

    PRIMARY KEY ("voteEventId", "position"),
    CONSTRAINT "PersonVote_voteEventId_fkey" FOREIGN KEY ("voteEventId") REFERENCES "VoteEvent" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "PersonVote_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
-- Hand-written: roll calls already stored take dateStart from their vote, and withMajority as
-- core's votedWithMajority decides it (yes or no, against a known, untied yes/no majority).
INSERT INTO "new_PersonVote" ("option", "personId", "position", "voteEventId", "voterName", "dateStart", "withMajority")
SELECT p."option", p."personId", p."position", p."voteEventId", p."voterName", v."dateStart",
       CASE
         WHEN p."option" NOT IN ('yes', 'no') THEN NULL
         WHEN json_extract(v."counts", '$.yes') IS NULL OR json_extract(v."counts", '$.no') IS NULL THEN NULL
         WHEN json_extract(v."counts", '$.yes') = json_extract(v."counts", '$.no') THEN NULL
         ELSE (p."option" = 'yes') = (json_extract(v."counts", '$.yes') > json_extract(v."counts", '$.no'))
       END
FROM "PersonVote" p JOIN "VoteEvent" v ON v."id" = p."voteEventId";
DROP TABLE "PersonVote";
ALTER TABLE "new_PersonVote" RENAME TO "PersonVote";
CREATE INDEX "PersonVote_personId_dateStart_voteEventId_idx" ON "PersonVote"("personId", "dateStart" DESC, "voteEventId");
CREATE INDEX "PersonVote_personId_withMajority_idx" ON "PersonVote"("personId", "withMajority");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
