// The open-data downloads' catalogue lives with the job that writes them (@legible/api/open-data);
// this file keeps what the site's own routes add: per-record files and the download response.
export { DOWNLOADS, type Download, type DownloadFormat, downloadText, findDownload } from "@legible/api/open-data";

/** A file name safe in a Content-Disposition header: ids may hold `:` and `/`. */
export function safeFileName(name: string): string {
  return name.replace(/[^A-Za-z0-9._-]+/g, "-");
}

/** The file as a download, with its type and name. */
export function downloadResponse(
  body: string,
  contentType: string,
  fileName: string,
  disposition = "attachment",
): Response {
  return new Response(body, {
    headers: {
      "Content-Type": contentType,
      "Content-Disposition": `${disposition}; filename="${safeFileName(fileName)}"`,
      // Anyone may fetch the data from their own pages and tools.
      "Access-Control-Allow-Origin": "*",
    },
  });
}

/** Per-record Open Civic Data files: /data/ocd/<collection>/<id>.json. */
export const OCD_RECORD_COLLECTIONS = {
  bills: "measure",
  "vote-events": "vote",
  people: "person",
  organizations: "body",
} as const;

export type OcdRecordCollection = keyof typeof OCD_RECORD_COLLECTIONS;
