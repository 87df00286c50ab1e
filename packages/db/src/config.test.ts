import { describe, expect, it } from "vitest";
import { DatabaseConfigError, describeDatabase, resolveDatabaseConfig, unreachable } from "./config";

const root = "/srv/legible";

describe("resolveDatabaseConfig", () => {
  it("uses the embedded SQLite file under ./data when DATABASE_URL is unset or blank", () => {
    for (const value of [undefined, "", "   "]) {
      expect(resolveDatabaseConfig(value, root)).toEqual({
        provider: "sqlite",
        url: "file:/srv/legible/data/legible.db",
        filePath: "/srv/legible/data/legible.db",
      });
    }
  });

  it("resolves relative SQLite paths against the checkout, so both apps open the same file", () => {
    expect(resolveDatabaseConfig("file:./data/other.db", root).filePath).toBe("/srv/legible/data/other.db");
    expect(resolveDatabaseConfig("file:/tmp/abs.db", root).filePath).toBe("/tmp/abs.db");
    expect(resolveDatabaseConfig("file:///tmp/abs.db", root).filePath).toBe("/tmp/abs.db");
  });

  it("takes postgres:// and postgresql:// URLs as PostgreSQL", () => {
    expect(resolveDatabaseConfig("postgresql://u:p@db.example:5432/legible", root)).toEqual({
      provider: "postgresql",
      url: "postgresql://u:p@db.example:5432/legible",
    });
    expect(resolveDatabaseConfig("postgres://db.example/legible", root).provider).toBe("postgresql");
  });

  it("refuses an unknown scheme with one line naming the variable and both choices", () => {
    const attempt = () => resolveDatabaseConfig("mysql://localhost/legible", root);
    expect(attempt).toThrow(DatabaseConfigError);
    expect(attempt).toThrow(
      'DATABASE_URL has an unsupported scheme "mysql:"; use file:./data/legible.db for SQLite or postgresql://… for PostgreSQL',
    );
  });

  it("refuses text that is not a URL, a PostgreSQL URL without a host, and a file: URL without a path", () => {
    expect(() => resolveDatabaseConfig("legible.db", root)).toThrow(/^DATABASE_URL is not a database URL/);
    expect(() => resolveDatabaseConfig("postgresql://", root)).toThrow(/^DATABASE_URL is not a valid PostgreSQL URL/);
    expect(() => resolveDatabaseConfig("file:", root)).toThrow(/^DATABASE_URL is missing the SQLite file path/);
  });
});

describe("describeDatabase", () => {
  it("never shows a password", () => {
    const text = describeDatabase(resolveDatabaseConfig("postgresql://editor:s3cret@db.example:5432/legible", root));
    expect(text).toBe("PostgreSQL db.example:5432/legible");
    expect(text).not.toContain("s3cret");
  });
});

describe("unreachable", () => {
  it("keeps the driver's own sentence from Prisma's multi-line message", () => {
    const prismaError = new Error(
      "\nInvalid `prisma.$queryRawUnsafe()` invocation:\n\n\nRaw query failed. Code: `N/A`. Message: `Can't reach database server at 127.0.0.1:1`",
    );
    const config = resolveDatabaseConfig("postgresql://u@127.0.0.1:1/x", root);
    expect(unreachable(config, prismaError).message).toBe(
      "DATABASE_URL: cannot reach PostgreSQL 127.0.0.1:1/x: Can't reach database server at 127.0.0.1:1",
    );
    expect(unreachable(config, new Error("Connection refused.\n  at stack")).message).toBe(
      "DATABASE_URL: cannot reach PostgreSQL 127.0.0.1:1/x: Connection refused",
    );
  });
});
