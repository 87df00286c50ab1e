import { spawn } from "node:child_process";
import { setTimeout as sleep } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { createTestDatabase } from "./test-support/databases";

const audit = (recordId: string) => ({ data: { action: "create", recordType: "probe", recordId } });

/** Another process writing to the same SQLite file, as the public site or `npm run sync` would. */
function writeFromAnotherProcess(filePath: string, recordId: string): Promise<string> {
  const script = `
    const Database = require("better-sqlite3");
    const db = new Database(process.argv[1], { timeout: 15000 });
    db.prepare("INSERT INTO AuditEntry (action, recordType, recordId) VALUES ('create', 'probe', ?)").run(process.argv[2]);
    process.stdout.write("written");
  `;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["-e", script, filePath, recordId], {
      cwd: import.meta.dirname,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    child.stdout.on("data", (chunk) => (out += chunk));
    child.stderr.on("data", (chunk) => (out += chunk));
    child.on("error", reject);
    child.on("exit", () => resolve(out));
  });
}

describe("one SQLite connection, used by one thing at a time", () => {
  it("a statement sent while another's transaction is open waits for it, and is not rolled back with it", async () => {
    const database = await createTestDatabase("sqlite");
    try {
      const failing = database.prisma
        .$transaction(async (tx) => {
          await tx.auditEntry.create(audit("inside"));
          await sleep(300);
          throw new Error("this save is refused");
        })
        .catch(() => "rolled back");
      await sleep(50);
      await database.prisma.auditEntry.create(audit("outside"));
      expect(await failing).toBe("rolled back");
      const saved = await database.prisma.auditEntry.findMany({ where: { recordType: "probe" } });
      expect(saved.map((entry) => entry.recordId)).toEqual(["outside"]);
    } finally {
      await database.drop();
    }
  });

  it("a save that reads first is not refused when another process writes before its own write", async () => {
    const database = await createTestDatabase("sqlite");
    const filePath = database.config.filePath;
    if (!filePath) throw new Error("a scratch SQLite database has a file");
    try {
      let other: Promise<string> | undefined;
      await database.prisma.$transaction(async (tx) => {
        await tx.auditEntry.count();
        other = writeFromAnotherProcess(filePath, "other process");
        // Long enough for the other process to start and try its write.
        await sleep(1_500);
        await tx.auditEntry.create(audit("this process"));
      });
      expect(await other).toBe("written");
      const saved = await database.prisma.auditEntry.findMany({
        where: { recordType: "probe" },
        orderBy: { id: "asc" },
      });
      // The other process waited its turn: this save committed first.
      expect(saved.map((entry) => entry.recordId)).toEqual(["this process", "other process"]);
    } finally {
      await database.drop();
    }
  });
});
