/**
 * `@legible/connectors`: reads outside systems (the Legistar Web API first) and writes what they
 * publish into Legible through `@legible/db`'s import plan. Mapping rows to records is core's
 * (`fromLegistar…`); fetching, pacing, retrying and batching live here.
 */

export {
  createDatasetFilesQueue,
  currentDatasetFilesQueue,
  DATASET_FILES_QUEUE,
  type DatasetFilesQueue,
  type DatasetFilesQueueOptions,
  DEFAULT_DATASET_FILES_DEBOUNCE_MS,
  setDatasetFilesQueue,
} from "./dataset-files/queue";
export {
  DEFAULT_BATCH_SIZE,
  describeFolderReport,
  type FolderImportOptions,
  type FolderImportReport,
  type FolderKindCounts,
  type FolderQuarantine,
  type FolderSkip,
  importOcdFolder,
  importOpenStatesFolder,
  ocdConnector,
  openStatesPeopleConnector,
} from "./folders/index";
export * from "./imports/index";
export {
  type LastModifiedFilter,
  LEGISTAR_API,
  LEGISTAR_PAGE_CAP,
  LegistarClient,
  type LegistarClientOptions,
  LegistarRequestError,
  type LegistarRequestLog,
  legistarDateTime,
  retryAfterMs,
} from "./legistar/client";
export {
  describeLegistarReport,
  type KindCounts,
  LEGISTAR_LISTS,
  type LegistarKind,
  type LegistarList,
  type LegistarSyncReport,
  type SyncLegistarOptions,
  syncLegistar,
} from "./legistar/sync";
export * from "./runs/index";
