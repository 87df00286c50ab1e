// Open data for the public site's routes and pages: the downloads, read from the files the
// staff app's job writes.
export { datasetFilesDir } from "./data-dir";
export { type DatasetFileEntry, type DatasetManifest, readDatasetManifest } from "./dataset-files";
export { DOWNLOADS, type Download, type DownloadFormat, downloadText, findDownload } from "./downloads";
export {
  acceptsGzip,
  type DatasetFileAnswer,
  datasetFileAnswer,
  datasetFileResponse,
  PREPARING_RETRY_AFTER_SECONDS,
} from "./serve-dataset-file";
