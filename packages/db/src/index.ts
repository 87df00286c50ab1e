export { type Database, type PrismaDatabase, checkDatabaseReachable, createDatabase } from "./client.js";
export {
  type DatabaseConfig,
  DatabaseConfigError,
  type DatabaseProvider,
  describeDatabase,
  findProjectRoot,
  resolveDatabaseConfig,
} from "./config.js";
export { findJurisdictionBySlug, listJurisdictions, saveJurisdiction } from "./repositories/jurisdictions.js";
export { type SeedReport, seedDatabase } from "./seed/index.js";
