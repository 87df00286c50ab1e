import { createDatasetFilesQueue, currentDatasetFilesQueue, setDatasetFilesQueue } from "@legible/connectors";
import type { Database, Repositories } from "@legible/db";
import { errorLines } from "@legible/observe";
import type { PublicSite, SiteChange } from "../public-site";
import { datasetFilesDir } from "./data-dir";
import { type DatasetManifest, writeDatasetFiles } from "./dataset-files";

// The open-data files' job, run by the staff app beside syncs and imports: once per burst of
// changes it writes every download file, reading the public dataset a page at a time.

/** Writes every download of the public dataset (explainers as published) into `dir`. */
export async function writePublicDatasetFiles(
  repositories: Repositories,
  dir: string = datasetFilesDir(),
): Promise<DatasetManifest> {
  return writeDatasetFiles(repositories.sitePublicDatasetReader(), dir);
}

/**
 * Starts this process's open-data job queue once, and asks for one write at once: changes made
 * while no queue ran (`npm run import`, the seed, a first start) are in the files a moment
 * later. A failure is logged, not thrown.
 */
export async function startDatasetFilesWorker(
  database: Database,
  repositories: Repositories,
  options: { log?: (message: string) => void; publicSite?: PublicSite | null; debounceMs?: number } = {},
): Promise<void> {
  if (currentDatasetFilesQueue()) return;
  const log = options.log ?? errorLines("open-data");
  const dir = datasetFilesDir();
  try {
    const queue = createDatasetFilesQueue(database, {
      log,
      ...(options.debounceMs !== undefined ? { debounceMs: options.debounceMs } : {}),
      write: async () => {
        await writePublicDatasetFiles(repositories, dir);
        // The open-data page lists the files' sizes.
        void options.publicSite?.refresh(["open-data"]);
      },
    });
    setDatasetFilesQueue(queue);
    await queue.start();
    await queue.request();
  } catch (error) {
    setDatasetFilesQueue(null);
    log(`open data: the download files' job did not start, so the files are not rewritten: ${String(error)}`);
  }
}

/**
 * The public site as saves, publishes and syncs see it: refreshing its pages also asks for the
 * open-data files to be written again (debounced by the queue). Without a public site to call,
 * the files are still rewritten and the refresh answers false, as before.
 */
export function withDatasetFiles(site: PublicSite | null): PublicSite {
  return {
    async refresh(change: SiteChange) {
      const queue = currentDatasetFilesQueue();
      if (queue) {
        queue
          .request()
          .catch((error: unknown) => errorLines("open-data")(`open data: could not ask for a write: ${String(error)}`));
      }
      return site ? site.refresh(change) : false;
    },
  };
}
