import { datasetFileResponse, datasetFilesDir, findDownload } from "@legible/api/open-data";
import { notFoundResponse } from "./route-responses";

/**
 * Answers a request for one of the whole-dataset downloads from the files the staff app's job
 * writes after changes (streamed, gzipped when accepted), a 503 "being prepared" before the
 * first, or 404 for a path that is not one. No request reads the dataset itself.
 */
export async function serveDownload(request: Request, path: string): Promise<Response> {
  const missing = () => notFoundResponse("No file at this address. The list of downloads is at /open-data.");
  if (!findDownload(path)) return missing();
  return (await datasetFileResponse(request, path, datasetFilesDir())) ?? missing();
}
