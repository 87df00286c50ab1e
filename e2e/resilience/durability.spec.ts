// Hardening promise: 50 concurrent writers against the running staff API; the server is killed
// with SIGKILL mid-load and restarted: every write it acknowledged is there, whole (its audit
// entry and its citation came in the same transaction), and SQLite's integrity_check passes.
import type { PostgresCluster } from "@legible/db/postgres-cluster";
import { expect, test } from "@playwright/test";
import {
  type AppEnv,
  type AppServer,
  freePort,
  prepareDatabase,
  type Scratch,
  scratchDatabase,
  signIn,
  startApp,
  startCluster,
  trpc,
  waitForHealth,
  withDatabase,
} from "./servers";

const WRITERS = 50;
/** The kill comes once this many creates were acknowledged, while the writers are still going. */
const KILL_AFTER = 120;

for (const provider of ["sqlite", "postgresql"] as const) {
  test.describe(`durability on ${provider === "sqlite" ? "SQLite" : "PostgreSQL"}`, () => {
    let cluster: PostgresCluster | undefined;
    let scratch: Scratch;
    let admin: AppServer | undefined;

    test.afterAll(async () => {
      await admin?.stop();
      await scratch?.remove();
      cluster?.stop();
    });

    test("every acknowledged write survives a SIGKILL of the staff app mid-load", async () => {
      test.setTimeout(180_000);
      if (provider === "postgresql") cluster = await startCluster();
      scratch = await scratchDatabase(cluster);
      const port = await freePort();
      const env: AppEnv = {
        databaseUrl: scratch.config.url,
        webUrl: "http://localhost:3899",
        adminUrl: `http://localhost:${port}`,
      };
      await prepareDatabase(scratch.config, env.adminUrl);
      const sourceId = await withDatabase(scratch.config, async ({ prisma }) => {
        const source = await prisma.source.findFirst({ orderBy: { id: "asc" } });
        if (!source) throw new Error("the seed has no source");
        return source.id;
      });

      admin = await startApp("admin", port, env);
      await waitForHealth(admin, 200, 60_000);
      const cookie = await signIn(admin);
      const server = admin;

      const acknowledged: string[] = [];
      const attempted = new Set<string>();
      let killed: Promise<void> | undefined;
      const writer = async (w: number) => {
        for (let i = 0; !killed; i++) {
          const id = `person-durable-${w}-${i}`;
          attempted.add(id);
          const response = await trpc(
            server,
            cookie,
            "people.create",
            { id, name: `Durable ${w}.${i}`, sourceIds: [sourceId] },
            "POST",
          ).catch(() => null);
          // Acknowledged means the whole answer arrived: a 200 whose body the kill cut off is not.
          const body = response?.status === 200 ? await response.json().catch(() => null) : null;
          if (body?.result?.data?.id === id) {
            acknowledged.push(id);
            if (acknowledged.length === KILL_AFTER) killed = server.kill();
          } else if (response && response.status !== 200 && !killed) {
            throw new Error(`people.create ${id} answered ${response.status}: ${await response.text()}`);
          }
        }
      };
      await Promise.all(Array.from({ length: WRITERS }, (_, w) => writer(w)));
      await killed;
      // The kill landed mid-load: some creates were sent and never answered.
      expect(acknowledged.length).toBeGreaterThanOrEqual(KILL_AFTER);
      expect(attempted.size).toBeGreaterThan(acknowledged.length);

      admin = await startApp("admin", port, env);
      await waitForHealth(admin, 200, 60_000);

      // Straight from the database: every acknowledged person is there, and every person the run
      // made (acknowledged or not) is whole: its audit entry and its citation committed with it.
      await withDatabase(scratch.config, async ({ prisma }) => {
        if (provider === "sqlite") {
          const rows = await prisma.$queryRawUnsafe<Array<{ integrity_check: string }>>("PRAGMA integrity_check");
          expect(rows).toEqual([{ integrity_check: "ok" }]);
        }
        const stored = await prisma.person.findMany({ where: { id: { startsWith: "person-durable-" } } });
        const storedIds = new Set(stored.map((person) => person.id));
        expect(acknowledged.filter((id) => !storedIds.has(id))).toEqual([]);
        const audited = await prisma.auditEntry.findMany({
          where: { recordType: "person", recordId: { startsWith: "person-durable-" }, action: "create" },
        });
        const cited = await prisma.sourceCitation.findMany({
          where: { recordType: "person", recordId: { startsWith: "person-durable-" } },
        });
        expect(audited.map((entry) => entry.recordId).sort()).toEqual([...storedIds].sort());
        expect(cited.map((citation) => citation.recordId).sort()).toEqual([...storedIds].sort());
        expect(stored.every((person) => person.version === 1)).toBe(true);
      });

      // And through the restarted API, with the same session (it lives in the database).
      const sample = acknowledged.filter((_, n) => n % 10 === 0);
      for (const id of sample) {
        const response = await trpc(admin, cookie, "people.get", { id }, "GET");
        expect(response.status, id).toBe(200);
        expect((await response.json()).result.data.id).toBe(id);
      }
      const after = await trpc(
        admin,
        cookie,
        "people.create",
        { id: "person-after-restart", name: "After", sourceIds: [sourceId] },
        "POST",
      );
      expect(after.status).toBe(200);
      test.info().annotations.push({
        type: "load",
        description: `${acknowledged.length} acknowledged of ${attempted.size} sent by ${WRITERS} writers before the SIGKILL`,
      });
    });
  });
}
