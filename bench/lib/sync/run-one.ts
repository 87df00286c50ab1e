// One sync in a process of its own, so its peak memory is the sync's alone (the Legistar-shaped
// server and its generated data live in the bench's process). Started by ./child.ts with fork();
// takes a SyncJob message, answers with a SyncOutcome and exits.
import { LegistarClient, type LegistarSyncReport, syncLegistar } from "@legible/connectors";
import { createDatabase, createRepositories } from "@legible/db";
import type { SyncJob, SyncOutcome } from "./child";
import { trackMemory } from "./memory";

async function run(job: SyncJob): Promise<SyncOutcome> {
  const database = await createDatabase(job.config);
  try {
    const repositories = createRepositories(database);
    let httpMs = 0;
    const client = new LegistarClient({
      client: job.client,
      baseUrl: job.baseUrl,
      // The test server answers as fast as it can: the bench measures the sync, not the pacing
      // a real Legistar needs (4 requests a second by default).
      requestsPerSecond: 1_000_000,
      onRequest: (request) => {
        httpMs += request.ms;
      },
    });
    const { result: report, memory } = await trackMemory<LegistarSyncReport>(() =>
      syncLegistar({
        repositories,
        client,
        settings: { timeZone: "America/Chicago" },
        ...(job.since ? { since: job.since } : {}),
      }),
    );
    return { report, memory, httpMs };
  } finally {
    await database.close();
  }
}

process.once("message", (job: SyncJob) => {
  run(job).then(
    (outcome) => process.send?.(outcome, () => process.exit(0)),
    (error: unknown) =>
      process.send?.({ failure: error instanceof Error ? (error.stack ?? error.message) : String(error) }, () =>
        process.exit(1),
      ),
  );
});
