import type { TestProject } from "vitest/node";
import { findPostgresBinaries, type PostgresCluster, startPostgresCluster } from "./postgres-cluster";

import "./provided-context";

/**
 * Gives integration tests a PostgreSQL server: the one `npm test` started (LEGIBLE_TEST_POSTGRES_URL),
 * else a throwaway cluster of its own. With none on the machine PostgreSQL suites are skipped,
 * which CI treats as a failure.
 */
export default async function setup(project: TestProject) {
  let url = process.env.LEGIBLE_TEST_POSTGRES_URL ?? "";
  let cluster: PostgresCluster | undefined;
  if (!url) {
    const binaries = findPostgresBinaries();
    if ("missing" in binaries) {
      const line = `PostgreSQL tests skipped: ${binaries.missing}`;
      if (process.env.CI === "true") throw new Error(`${line}. With CI=true a skipped PostgreSQL run is a failure.`);
      console.warn(line);
    } else {
      cluster = await startPostgresCluster(binaries.binDir);
      url = cluster.url;
    }
  }
  project.provide("postgresUrl", url);
  return () => cluster?.stop();
}
