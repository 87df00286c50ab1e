// Imports of one file of any size, as background jobs: see run-import-job.ts.

export { readDatasetItem } from "./dataset-item";
export { streamDataset, UnreadableFile } from "./dataset-stream";
export {
  createImportQueue,
  currentImportQueue,
  IMPORT_QUEUE,
  IMPORT_STALE_AFTER_MS,
  type ImportQueue,
  type ImportQueueOptions,
  setImportQueue,
} from "./queue";
export { emptyImportReport, type ImportJobReport, LISTED } from "./report";
export {
  DEFAULT_IMPORT_BATCH,
  DEFAULT_IMPORT_BATCH_BYTES,
  type RunImportJobOptions,
  runImportJob,
} from "./run-import-job";
export { MAX_WHOLE_FILE_BYTES } from "./whole-file";
