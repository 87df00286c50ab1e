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
