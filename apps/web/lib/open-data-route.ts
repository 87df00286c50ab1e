import { datasetFileResponse, datasetFilesDir, findDownload } from "@legible/api/open-data";
import { notFoundResponse } from "./route-responses";

/**
 * Answers a request for one of the whole-dataset downloads from the files the staff app's job
 * writes after changes, a 503 "being prepared" before the first, or 404 for a path that is not
 * one. No request reads the dataset itself. The site's server answers these addresses before
 * Next (server/open-data-files.ts, with the stored gzip); this route is for a server without it
 * (`next start`), and sends the plain file, since Next drops a route's Content-Encoding and
 * compresses the body itself.
 */
export async function serveDownload(request: Request, path: string): Promise<Response> {
  const missing = () => notFoundResponse("No file at this address. The list of downloads is at /open-data.");
  if (!findDownload(path)) return missing();
  const headers = new Headers(request.headers);
  headers.delete("accept-encoding");
  const plain = new Request(request.url, { method: request.method, headers });
  return (await datasetFileResponse(plain, path, datasetFilesDir())) ?? missing();
}
