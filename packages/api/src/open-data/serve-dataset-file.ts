import { createReadStream } from "node:fs";
import { Readable } from "node:stream";
import { type DatasetManifest, datasetFileEtag, datasetFileOnDisk, readDatasetManifest } from "./dataset-files";

// Answers a request for one open-data file from the files the job wrote: streamed from disk
// (gzipped when the client accepts it), with an ETag and Last-Modified so a client that has it
// gets a 304. Before the first write there is nothing to stream: a 503 with Retry-After, never
// a read of the dataset in the request.

/** How long a client waits before asking again for a file still being prepared. */
export const PREPARING_RETRY_AFTER_SECONDS = 30;

/** Anyone may fetch the data from their own pages and tools. */
const SHARED_HEADERS = { "Access-Control-Allow-Origin": "*", Vary: "Accept-Encoding" } as const;

/** A file name safe in a Content-Disposition header. */
function safeFileName(name: string): string {
  return name.replace(/[^A-Za-z0-9._-]+/g, "-");
}

/** Whether Accept-Encoding allows gzip (named, or `*`, with a weight above 0). */
export function acceptsGzip(header: string | null): boolean {
  if (!header) return false;
  let gzip: number | null = null;
  let any: number | null = null;
  for (const part of header.split(",")) {
    const [name = "", ...parameters] = part.trim().toLowerCase().split(";");
    const weight = parameters.map((p) => p.trim()).find((p) => p.startsWith("q="));
    const q = weight ? Number(weight.slice(2)) : 1;
    if (name.trim() === "gzip" || name.trim() === "x-gzip") gzip = q;
    else if (name.trim() === "*") any = q;
  }
  const q = gzip ?? any ?? 0;
  return Number.isFinite(q) && q > 0;
}

function etagMatches(header: string | null, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === "*") return true;
  return header.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag);
}

const PREPARING_TEXT =
  "This file is being prepared. Try again in a minute.\nSe está preparando este archivo. Vuelva a intentarlo en un minuto.\n";

async function open(path: string): Promise<ReturnType<typeof createReadStream> | null> {
  const stream = createReadStream(path);
  try {
    await new Promise<void>((resolve, reject) => {
      stream.once("open", () => resolve());
      stream.once("error", reject);
    });
    return stream;
  } catch {
    stream.destroy();
    return null;
  }
}

/** A file answer, before it becomes a web Response (route handlers) or a Node response (the site's server). */
export interface DatasetFileAnswer {
  status: number;
  headers: Record<string, string>;
  body: string | ReturnType<typeof createReadStream> | null;
}

function preparingAnswer(): DatasetFileAnswer {
  return {
    status: 503,
    headers: {
      "Content-Type": "text/plain; charset=utf-8",
      "Retry-After": String(PREPARING_RETRY_AFTER_SECONDS),
      "Cache-Control": "no-store",
      ...SHARED_HEADERS,
    },
    body: PREPARING_TEXT,
  };
}

/**
 * The answer for `path` (`/data/votes.csv`…) from the files in `dir`, or null when the files have
 * no such path. `request` gives the method and the Accept-Encoding and If-None-Match headers.
 */
export async function datasetFileAnswer(
  request: { method: string; header(name: string): string | null },
  path: string,
  dir: string,
): Promise<DatasetFileAnswer | null> {
  // A write may swap the files between reading the manifest and opening one: read it again once.
  for (let attempt = 0; attempt < 2; attempt++) {
    const manifest: DatasetManifest | null = await readDatasetManifest(dir);
    if (!manifest) return preparingAnswer();
    const entry = manifest.files.find((file) => file.path === path);
    if (!entry) return null;
    const gzipped = acceptsGzip(request.header("accept-encoding"));
    // The two encodings are different bytes, so each has its own validator (nginx's, when it serves them).
    const etag = datasetFileEtag(manifest, entry, gzipped);
    const headers: Record<string, string> = {
      "Content-Type": entry.contentType,
      "Content-Disposition": `attachment; filename="${safeFileName(path.slice(path.lastIndexOf("/") + 1))}"`,
      ETag: etag,
      "Last-Modified": new Date(manifest.writtenAt).toUTCString(),
      // Rewritten a few seconds after each change: a minute's reuse, then a cheap 304 check.
      "Cache-Control": "public, max-age=60",
      ...SHARED_HEADERS,
    };
    if (etagMatches(request.header("if-none-match"), etag)) return { status: 304, headers, body: null };
    const stream = await open(datasetFileOnDisk(dir, manifest, entry, gzipped));
    if (!stream) continue;
    if (gzipped) headers["Content-Encoding"] = "gzip";
    headers["Content-Length"] = String(gzipped ? entry.gzipBytes : entry.bytes);
    if (request.method === "HEAD") {
      stream.destroy();
      return { status: 200, headers, body: null };
    }
    return { status: 200, headers, body: stream };
  }
  return preparingAnswer();
}

/** The same as a web Response, or null when the files have no such path. */
export async function datasetFileResponse(request: Request, path: string, dir: string): Promise<Response | null> {
  const answer = await datasetFileAnswer(
    { method: request.method, header: (name) => request.headers.get(name) },
    path,
    dir,
  );
  if (!answer) return null;
  const body =
    answer.body === null || typeof answer.body === "string"
      ? answer.body
      : (Readable.toWeb(answer.body) as ReadableStream<Uint8Array>);
  return new Response(body, { status: answer.status, headers: answer.headers });
}
