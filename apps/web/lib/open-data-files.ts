import "server-only";
import { type DatasetManifest, datasetFilesDir, readDatasetManifest } from "@legible/api/open-data";

/** The open-data files as last written (their sizes, example ids), or null before the first write. */
export function readDownloadFiles(): Promise<DatasetManifest | null> {
  return readDatasetManifest(datasetFilesDir());
}
