import { randomUUID } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdir, rm } from "node:fs/promises";
import { join } from "node:path";
import { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import { IMPORT_FORMATS } from "@legible/core";
import type { NewImportJob } from "@legible/db";
import { z } from "zod";
import type { StaffSession } from "../context";
import { ADMINS } from "../routers/admin/roles";
import { refuseCrossSite } from "./request-guards";

// `POST /api/imports?format=…&name=…` with the file as the body: the staff app's way in for files
// too large for a tRPC request. The body is streamed to a file under the data directory, never
// held whole, and refused with 413 past the upper bound; then an import job is queued and its
// id answered. Same checks as the admin router: same-site requests only, signed in, admins only.

/** The largest file the upload takes unless LEGIBLE_IMPORT_MAX_BYTES says otherwise: 2 GB. */
export const DEFAULT_MAX_UPLOAD_BYTES = 2 * 1024 * 1024 * 1024;

export interface ImportUploadOptions {
  /** The signed-in staff member, read only once the request passed the site check. */
  staff: () => Promise<StaffSession | null>;
  createJob: (job: NewImportJob) => Promise<{ id: string }>;
  /** Hands the job to a machine; a job not handed on waits for the next worker to start. */
  enqueue: (jobId: string) => Promise<void>;
  /** Where uploaded files are kept until their job is done. */
  uploadsDir: string;
  maxBytes?: number;
  trustedOrigins?: readonly string[];
}

const UploadQuerySchema = z.object({
  format: z.enum(IMPORT_FORMATS, { error: `format: choose one of ${IMPORT_FORMATS.join(", ")}` }),
  name: z
    .string({ error: "name: give the file's name" })
    .trim()
    .min(1, { error: "name: give the file's name" })
    .max(500, { error: "name: the file's name is longer than 500 characters" }),
});

function answer(status: number, body: Record<string, unknown>): Response {
  return Response.json(body, {
    status,
    headers: { "cache-control": "no-store", "x-content-type-options": "nosniff" },
  });
}

/** A size in the largest whole unit: 2 GB, 800 KB. */
export function sizeWords(bytes: number): string {
  if (bytes >= 1024 ** 3 && bytes % 1024 ** 3 === 0) return `${bytes / 1024 ** 3} GB`;
  if (bytes >= 1024 ** 2) return `${Math.round(bytes / 1024 ** 2)} MB`;
  return `${Math.round(bytes / 1024)} KB`;
}

class TooLarge extends Error {}

/** Counts bytes as they pass and stops the stream past `max`. */
function limit(max: number, seen: { bytes: number }): Transform {
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      seen.bytes += chunk.length;
      if (seen.bytes > max) done(new TooLarge());
      else done(null, chunk);
    },
  });
}

/** Receives one file for import; see the top of this file. */
export async function receiveImportUpload(request: Request, options: ImportUploadOptions): Promise<Response> {
  if (request.method !== "POST") return answer(405, { error: "Send the file with POST." });
  const crossSite = refuseCrossSite(request, options.trustedOrigins);
  if (crossSite) return crossSite;

  const staff = await options.staff();
  if (!staff) return answer(401, { error: "Sign in to import files." });
  if (!ADMINS.includes(staff.role)) {
    return answer(403, { error: "Only admins may import files. Ask an admin to import this one." });
  }

  const url = new URL(request.url);
  const query = UploadQuerySchema.safeParse({
    format: url.searchParams.get("format") ?? undefined,
    name: url.searchParams.get("name") ?? undefined,
  });
  if (!query.success) return answer(400, { error: query.error.issues.map((i) => i.message).join("; ") });

  const max = options.maxBytes ?? DEFAULT_MAX_UPLOAD_BYTES;
  const tooLarge = () =>
    answer(413, {
      error: `This file is larger than ${sizeWords(max)}, the most Legible imports at once. Split it into smaller files.`,
    });
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > max) return tooLarge();
  if (!request.body) return answer(400, { error: "The file is empty." });

  await mkdir(options.uploadsDir, { recursive: true });
  const path = join(options.uploadsDir, `${randomUUID()}.upload`);
  const seen = { bytes: 0 };
  const file = createWriteStream(path, { flags: "wx" });
  try {
    await pipeline(Readable.fromWeb(request.body as unknown as WebReadableStream<Uint8Array>), limit(max, seen), file);
  } catch (error) {
    // A refusal can come before the file's own open has finished, which then creates it: remove
    // it only once the stream has closed, or a refused file stays behind.
    if (!file.closed) await new Promise<void>((resolve) => file.once("close", () => resolve()));
    await rm(path, { force: true });
    if (error instanceof TooLarge) return tooLarge();
    return answer(400, { error: "The file did not arrive whole. Try sending it again." });
  }
  if (seen.bytes === 0) {
    await rm(path, { force: true });
    return answer(400, { error: "The file is empty." });
  }

  const job = await options.createJob({
    format: query.data.format,
    fileName: query.data.name,
    filePath: path,
    fileBytes: seen.bytes,
    requestedBy: staff.email,
  });
  await options.enqueue(job.id);
  return answer(202, { jobId: job.id, bytes: seen.bytes });
}
