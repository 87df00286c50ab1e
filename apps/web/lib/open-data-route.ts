import { downloadResponse, findDownload } from "./open-data";
import { withCacheTags } from "./page-tags";
import { notFoundResponse } from "./route-responses";
import { getPublicApi } from "./trpc-server";

/** Answers a request for one of the whole-dataset downloads, or 404 for a path that is not one. */
export async function serveDownload(path: string): Promise<Response> {
  const download = findDownload(path);
  if (!download) return notFoundResponse("No file at this address. The list of downloads is at /open-data.");
  const api = await getPublicApi();
  const dataset = await api.site.dataset();
  const fileName = path.slice(path.lastIndexOf("/") + 1);
  return withCacheTags(downloadResponse(download.write(dataset), download.contentType, fileName), null, {
    shared: ["open-data"],
  });
}
