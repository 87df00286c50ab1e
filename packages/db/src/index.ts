export {
  checkDatabaseReachable,
  createDatabase,
  type Database,
  type DatabaseOptions,
  type IssuedQuery,
} from "./client";
export {
  type DatabaseConfig,
  DatabaseConfigError,
  type DatabaseProvider,
  describeDatabase,
  findProjectRoot,
  resolveDatabaseConfig,
} from "./config";
export {
  type ApplyResult,
  applyImport,
  type CollectionPlan,
  type ImportCounts,
  type ImportInput,
  type ImportPlan,
  type ImportProgress,
  type PlannedAction,
  type PlannedRecord,
  planImport,
} from "./dataset/import-plan";
export { exportDataset } from "./dataset/transfer";
export { DatabaseBusyError } from "./repositories/busy";
export {
  DuplicateRecordError,
  InvalidRecordError,
  RecordInUseError,
  type RecordKey,
  RecordNotFoundError,
  RepositoryError,
  VersionConflictError,
} from "./repositories/errors";
export {
  type ImportJob,
  type ImportJobCursor,
  type ImportJobStatus,
  type ImportJobs,
  type NewImportJob,
  STALE_IMPORT_ERROR,
} from "./repositories/import-jobs";
export {
  createRepositories,
  RECORD_COLLECTIONS,
  RECORD_KINDS,
  type RecordCollection,
  type RecordStores,
  type Repositories,
} from "./repositories/index";
export { agendaLinks } from "./repositories/kinds/meeting";
/** A vote's roll call as PersonVote rows, as its saves store them: for bulk loaders such as bench/. */
export { rollCallRows } from "./repositories/kinds/vote-event";
export {
  MERGE_ACTION,
  type MergeMoves,
  type MergePreview,
  type MergeRecord,
  MergeRefusedError,
  UNMERGE_ACTION,
} from "./repositories/merge";
export {
  type CalendarMeetings,
  type CalendarScope,
  MAX_CALENDAR_MEETINGS,
} from "./repositories/queries/calendar";
export type { ExplainerRecordChanges, RecordChange } from "./repositories/queries/record-changes";
export {
  type ExplainerPagesStamp,
  type PageStamp,
  PUBLIC_DATASET_COLLECTIONS,
  type PublicDatasetCollection,
  type PublicDatasetReader,
  type PublicRecordOf,
  recordDateKey,
  SITEMAP_KINDS,
  type SitemapKind,
  type SitemapSlice,
} from "./repositories/queries/site";
export { CHECK_RECORDS_ACTION, RecordsChangedMeanwhileError, type RecordsCheck } from "./repositories/records-check";
export {
  REVIEW_RESOLUTIONS,
  type ReviewItemView,
  type ReviewKind,
  type ReviewListOptions,
  type ReviewRepository,
  type ReviewResolution,
  type ReviewStatus,
  unionIdentifiers,
} from "./repositories/review";
export type { SearchHit, SearchOptions, TextPart } from "./repositories/search";
export type {
  SearchFacetCounts,
  SearchFacetValue,
  SearchPage,
  SearchPageFilters,
  SearchPageOptions,
} from "./repositories/search-page";
export {
  type AuditFilter,
  type AuditRecord,
  LISTINGS,
  ListOptionError,
  type ListOptions,
  type RecordList,
  type RecordSummary,
} from "./repositories/staff/index";
export { type Actor, MAX_PAGE_SIZE, type Page, type RecordStore, readAllRecords } from "./repositories/store";
export type { SyncBatchContext } from "./repositories/sync-batch";
export {
  BUSY_RUN_ERROR,
  STALE_RUN_ERROR,
  type SyncRun,
  type SyncRunProgress,
  type SyncSource,
  type SyncSourceFields,
  type SyncSources,
} from "./repositories/sync-sources";
export type { UpstreamSnapshot, UpstreamSnapshots } from "./repositories/upstream";
export { needsSeed, type SeedReport, seedDatabase } from "./seed/index";
export { countStaffAccounts } from "./staff-accounts";
