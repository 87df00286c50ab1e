import { describe, expect, it } from "vitest";
import { checkDatabaseReachable, createDatabase } from "./client";
import { DatabaseConfigError, resolveDatabaseConfig } from "./config";
import { createTestDatabase, testProviders } from "./test-support/databases";

describe("checkDatabaseReachable", () => {
  it("reports a PostgreSQL server that is not there as one line naming DATABASE_URL", async () => {
    const database = await createDatabase(resolveDatabaseConfig("postgresql://legible@127.0.0.1:1/legible"));
    try {
      const failure = await checkDatabaseReachable(database).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(DatabaseConfigError);
      expect((failure as Error).message).toMatch(/^DATABASE_URL: cannot reach PostgreSQL 127\.0\.0\.1:1\/legible: .+/);
      expect((failure as Error).message).not.toContain("\n");
    } finally {
      await database.close();
    }
  });

  it.each(testProviders())("passes on a live %s database", async (provider) => {
    const database = await createTestDatabase(provider);
    try {
      await expect(checkDatabaseReachable(database)).resolves.toBeUndefined();
    } finally {
      await database.drop();
    }
  });
});

describe("SQLite set up for a web server", () => {
  it("uses WAL, a busy timeout and foreign keys", async () => {
    const database = await createTestDatabase("sqlite");
    try {
      const [journal] = await database.prisma.$queryRawUnsafe<Array<{ journal_mode: string }>>("PRAGMA journal_mode");
      const [keys] =
        await database.prisma.$queryRawUnsafe<Array<{ foreign_keys: number | bigint }>>("PRAGMA foreign_keys");
      const [busy] = await database.prisma.$queryRawUnsafe<Array<{ timeout: number | bigint }>>("PRAGMA busy_timeout");
      expect(journal?.journal_mode).toBe("wal");
      expect(Number(keys?.foreign_keys)).toBe(1);
      expect(Number(busy?.timeout)).toBeGreaterThanOrEqual(5000);
    } finally {
      await database.drop();
    }
  });
});

describe.each(testProviders())("transactions under load on %s", (provider) => {
  // More saves at once than connections (PostgreSQL's pool has 10; SQLite runs one writer at a
  // time), each holding its connection a while: all of them wait their turn, none is refused.
  const load = provider === "sqlite" ? { saves: 20, holdMs: 150 } : { saves: 60, holdMs: 400 };
  it(`${load.saves} simultaneous transactions of ${load.holdMs} ms each all commit`, async () => {
    const database = await createTestDatabase(provider);
    try {
      const results = await Promise.allSettled(
        Array.from({ length: load.saves }, (_, n) =>
          database.prisma.$transaction(async (tx) => {
            await tx.auditEntry.create({ data: { action: "create", recordType: "load", recordId: `load-${n}` } });
            await new Promise((resolve) => setTimeout(resolve, load.holdMs));
          }),
        ),
      );
      const refused = results.flatMap((result) => (result.status === "rejected" ? [String(result.reason)] : []));
      expect(refused).toEqual([]);
      expect(await database.prisma.auditEntry.count({ where: { recordType: "load" } })).toBe(load.saves);
    } finally {
      await database.drop();
    }
  }, 60_000);
});
