import { mkdtempSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { Writable } from "node:stream";
import { handlePublicRequest } from "@legible/api/server";
// biome-ignore lint/style/noRestrictedImports: the test makes its own scratch database for the api to read, as the api's own tests do; the site's code still reaches it only through the api.
import { applyMigrations } from "@legible/db/migrate";
import { createLogger, runWithRequestId, setProcessLogger } from "@legible/observe";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { observeRequest } from "./request-log";

// One request through the public site's request handling (as server.ts runs it), the api's tRPC
// handler and the database on a real SQLite file: every line it logs carries the same request id.

const lines: Record<string, unknown>[] = [];
const storageSlot = globalThis as unknown as { legibleStorage?: Promise<{ database: { close(): Promise<void> } }> };
let server: Server;
let baseUrl = "";
let dir = "";

beforeAll(async () => {
  const destination = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split("\n").filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  // Debug, so the database's statements are logged too.
  setProcessLogger(createLogger({ destination, level: "debug" }));
  dir = mkdtempSync(path.join(tmpdir(), "legible-request-log-"));
  const filePath = path.join(dir, "site.db");
  await applyMigrations({ provider: "sqlite", url: `file:${filePath}`, filePath });
  process.env.DATABASE_URL = `file:${filePath}`;
  storageSlot.legibleStorage = undefined;
  // server.ts's own wiring, with the api's handler where Next's would route /api/trpc.
  server = createServer((request, response) => {
    runWithRequestId(observeRequest(request, response), async () => {
      const answer = await handlePublicRequest(
        new Request(new URL(request.url ?? "/", baseUrl), { headers: request.headers as Record<string, string> }),
      );
      response.statusCode = answer.status;
      response.end(await answer.text());
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  await (await storageSlot.legibleStorage)?.database.close();
  storageSlot.legibleStorage = undefined;
  rmSync(dir, { recursive: true, force: true });
});

const linesOf = (requestId: string) => lines.filter((line) => line.requestId === requestId);

describe("a public request's log lines", () => {
  it("carry the caller's request id from the site's server through the api to the database", async () => {
    const response = await fetch(`${baseUrl}/api/trpc/jurisdictions.list`, {
      headers: { "x-request-id": "web-to-db-0001" },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("x-request-id")).toBe("web-to-db-0001");
    await new Promise((resolve) => setTimeout(resolve, 50));
    const own = linesOf("web-to-db-0001");
    expect(own).toContainEqual(
      expect.objectContaining({ msg: "request", path: "/api/trpc/jurisdictions.list", status: 200 }),
    );
    expect(own).toContainEqual(
      expect.objectContaining({ part: "db", msg: "query", sql: expect.stringMatching(/SELECT/) }),
    );
  });

  it("get a new id when the incoming one is not acceptable, sent back in the answer", async () => {
    const response = await fetch(`${baseUrl}/api/trpc/jurisdictions.list`, {
      headers: { "x-request-id": "forged id with spaces" },
    });
    const made = response.headers.get("x-request-id") ?? "";
    expect(made).toMatch(/^[0-9a-f-]{36}$/);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(linesOf(made).some((line) => line.part === "db")).toBe(true);
    expect(lines.some((line) => line.requestId === "forged id with spaces")).toBe(false);
  });

  it("of two requests at once keep each its own id", async () => {
    await Promise.all(
      ["both-a-0001", "both-b-0001"].map((id) =>
        fetch(`${baseUrl}/api/trpc/jurisdictions.list`, { headers: { "x-request-id": id } }),
      ),
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    for (const id of ["both-a-0001", "both-b-0001"]) {
      expect(linesOf(id).filter((line) => line.part === "db").length).toBeGreaterThan(0);
    }
  });
});
