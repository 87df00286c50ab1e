export { checkDatabaseReachable, createDatabase, type Database, type PrismaDatabase } from "./client";
export {
  type DatabaseConfig,
  DatabaseConfigError,
  type DatabaseProvider,
  describeDatabase,
  findProjectRoot,
  resolveDatabaseConfig,
} from "./config";
export { findJurisdictionBySlug, listJurisdictions, saveJurisdiction } from "./repositories/jurisdictions";
export { needsSeed, type SeedReport, seedDatabase } from "./seed/index";
