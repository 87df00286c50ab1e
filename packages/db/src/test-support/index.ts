export { createScratchConfig, createTestDatabase, type TestDatabase, testProviders } from "./databases";
export { findPostgresBinaries, type PostgresCluster, startPostgresCluster } from "./postgres-cluster";
