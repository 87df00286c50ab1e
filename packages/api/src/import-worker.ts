// Starts this server process's import queue (files imported as background jobs), beside the sync
// scheduler and on its connection: pg-boss workers on PostgreSQL, one job after another in
// process on SQLite. The upload route hands jobs to it through currentImportQueue().

import { createImportQueue, currentImportQueue, setImportQueue } from "@legible/connectors";
import { createRepositories, type Database } from "@legible/db";
import { errorLines } from "@legible/observe";
import { withDatasetFiles } from "./open-data/dataset-files-worker";
import { publicSiteFromEnv } from "./public-site";

/** Starts the import queue once per process; a failure is logged, not thrown. */
export async function startImportWorker(
  database: Database,
  log: (message: string) => void = errorLines("import"),
): Promise<void> {
  if (currentImportQueue()) return;
  try {
    const publicSite = withDatasetFiles(publicSiteFromEnv());
    const queue = createImportQueue(database, createRepositories(database), {
      log,
      // Imported records may be on public pages: they are rebuilt once a job is done.
      onFinished: () => void publicSite.refresh("all"),
    });
    setImportQueue(queue);
    await queue.start();
  } catch (error) {
    setImportQueue(null);
    log(`import: the import queue did not start, so uploaded files wait until it does: ${String(error)}`);
  }
}
