export { createScratchConfig, createTestDatabase, type TestDatabase, testProviders } from "./databases";
export { findPostgresBinaries, type PostgresCluster, startPostgresCluster } from "./postgres-cluster";
export { type Access, openExplainer, type PlanExplainer, type QueryPlan, type TableRead } from "./query-plans";
