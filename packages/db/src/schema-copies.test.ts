import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { findProjectRoot } from "./config";
import { PROVIDERS, providerPaths, readSourceSchema, schemaCopyFor } from "./schema-copies";

const root = findProjectRoot(__dirname);

describe("per-provider schema copies", () => {
  it.each(PROVIDERS)("prisma/%s/schema.prisma is exactly what db:generate writes from the source", (provider) => {
    const committed = readFileSync(providerPaths(root, provider).schema, "utf8");
    expect(committed, "run `npm run db:generate` and commit the copies").toBe(
      schemaCopyFor(readSourceSchema(root), provider),
    );
  });

  it("changes only the provider and the client output", () => {
    const source =
      'generator client {\n  output = "x"\n}\n\ndatasource db {\n  provider = "sqlite"\n}\n\nmodel A {\n  id String @id\n}\n';
    const copy = schemaCopyFor(source, "postgresql");
    expect(copy).toContain('provider = "postgresql"');
    expect(copy).toContain('output = "../../packages/db/src/generated/postgresql"');
    expect(copy).toContain("model A {\n  id String @id\n}");
  });

  it("refuses a source schema without a datasource", () => {
    expect(() => schemaCopyFor("model A {\n  id String @id\n}\n", "sqlite")).toThrow(/no `datasource db/);
  });
});
