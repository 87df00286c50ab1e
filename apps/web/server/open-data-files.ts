import type { IncomingMessage, ServerResponse } from "node:http";
import { pipeline } from "node:stream/promises";
import { datasetFileAnswer, datasetFilesDir, findDownload } from "@legible/api/open-data";

// The whole-dataset downloads (/data/legible-dataset.json, /data/votes.csv…) are served here,
// before Next: they are files the staff app's job wrote, plain and gzipped, and Next's route
// handlers drop a response's Content-Encoding and compress the body again (send-response.ts),
// which would gzip every download on every request. Here the stored gzip is streamed as it is.

const dir = datasetFilesDir();

/** True when the request was a download and has been answered (or is being streamed). */
export function serveOpenDataFile(request: IncomingMessage, response: ServerResponse): boolean {
  if (request.method !== "GET" && request.method !== "HEAD") return false;
  const path = (request.url ?? "").split("?")[0] ?? "";
  if (!path.startsWith("/data/") || !findDownload(path)) return false;
  void answer(request, response, path);
  return true;
}

async function answer(request: IncomingMessage, response: ServerResponse, path: string): Promise<void> {
  try {
    const found = await datasetFileAnswer(
      {
        method: request.method ?? "GET",
        header: (name) => {
          const value = request.headers[name];
          return Array.isArray(value) ? value.join(", ") : (value ?? null);
        },
      },
      path,
      dir,
    );
    if (!found) {
      response.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end("No file at this address.\n");
      return;
    }
    response.writeHead(found.status, found.headers);
    if (found.body === null || typeof found.body === "string") {
      response.end(found.body ?? undefined);
      return;
    }
    // A client that goes away mid-download closes the file too.
    await pipeline(found.body, response);
  } catch {
    if (!response.headersSent) response.writeHead(500, { "Content-Type": "text/plain; charset=utf-8" });
    response.end();
  }
}
