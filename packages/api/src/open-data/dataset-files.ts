import { createHash, randomBytes } from "node:crypto";
import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { mkdir, readdir, readFile, rename, rm, stat, symlink, utimes, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { finished, pipeline } from "node:stream/promises";
import { createGzip } from "node:zlib";
import type { PublicDatasetReader } from "@legible/db";
import { z } from "zod";
import { DOWNLOADS } from "./downloads";

// The open-data files on disk. Each write makes a new folder (a "generation") beside the old
// ones, fills it under a temporary name, renames it into place, then swaps current.json (the
// manifest) by rename: a reader sees the old set or the new one, never half of either. Every
// file is stored plain and gzipped, so a request streams bytes and compresses nothing. Files are
// written piece by piece as their records are read, a page at a time (./downloads.ts): neither a
// whole file nor the whole dataset is ever in memory.
//
// nginx serves the same files straight from disk (docs/production.md, deploy/nginx): it cannot
// read the manifest, so a `current` symlink names the current generation too, swapped the same
// way (a new link under a temporary name, renamed over the old). The link is relative, so the
// folder may be mounted at another path on each machine. Every file of a generation carries the
// generation's time as its modification time, which makes nginx's validators (Last-Modified, and
// an ETag of modification time and size) the ones the site's own route sends (datasetFileEtag).

const MANIFEST_FILE = "current.json";
/** The symlink to the current generation's folder, for a server that reads the files directly. */
export const CURRENT_LINK = "current";
const TEMP_PREFIX = ".tmp-";
/** A temporary folder this old belongs to a write that stopped; it is removed. */
const ABANDONED_AFTER_MS = 60 * 60_000;

const DatasetFileEntrySchema = z.object({
  path: z.string(),
  file: z.string().regex(/^[A-Za-z0-9._-]+$/),
  contentType: z.string(),
  bytes: z.number().int().min(0),
  gzipBytes: z.number().int().min(0),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});

const DatasetManifestSchema = z.object({
  generation: z.string().regex(/^[A-Za-z0-9._-]+$/),
  writtenAt: z.iso.datetime(),
  files: z.array(DatasetFileEntrySchema),
  /** A measure's and a vote's id, for the open-data page's examples of per-record files. */
  examples: z.object({ measureId: z.string().nullable(), voteId: z.string().nullable() }),
});

export type DatasetFileEntry = z.infer<typeof DatasetFileEntrySchema>;
export type DatasetManifest = z.infer<typeof DatasetManifestSchema>;

/** The file name a download is stored under: `/data/ocd/bills.json` → `ocd-bills.json`. */
function storedName(path: string): string {
  return path.slice("/data/".length).replaceAll("/", "-");
}

/**
 * The generation's time, whole seconds (file times and HTTP dates keep no more), always after the
 * previous generation's: two writes within one second must not share validators.
 */
function generationTime(now: Date, previous: DatasetManifest | null): Date {
  const seconds = Math.floor(now.getTime() / 1000);
  const previousSeconds = previous ? Math.floor(Date.parse(previous.writtenAt) / 1000) : Number.NEGATIVE_INFINITY;
  return new Date(Math.max(seconds, previousSeconds + 1) * 1000);
}

/**
 * The ETag of a stored file, as nginx makes it for a static file (hex modification time in
 * seconds, hex length), so nginx and the site's route agree on every file and encoding.
 */
export function datasetFileEtag(manifest: DatasetManifest, entry: DatasetFileEntry, gzipped: boolean): string {
  const seconds = Math.floor(Date.parse(manifest.writtenAt) / 1000);
  return `"${seconds.toString(16)}-${(gzipped ? entry.gzipBytes : entry.bytes).toString(16)}"`;
}

/** Points `link` at `target` by rename from a temporary link beside it: no reader finds it missing. */
async function swapSymlink(target: string, link: string): Promise<void> {
  const temporary = `${link}${TEMP_PREFIX}${randomBytes(6).toString("hex")}`;
  await symlink(target, temporary);
  try {
    await rename(temporary, link);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

function generationName(now: Date): string {
  return `${now.toISOString().replace(/[:.]/g, "-")}-${randomBytes(4).toString("hex")}`;
}

/** Writes a file by rename from a temporary name beside it, so no reader sees it half written. */
async function writeAtomically(path: string, content: string | Buffer): Promise<void> {
  const temporary = `${path}${TEMP_PREFIX}${randomBytes(6).toString("hex")}`;
  await writeFile(temporary, content);
  await rename(temporary, path);
}

/** Pieces are gathered to about this size before a write. */
const WRITE_BATCH_BYTES = 256 * 1024;

/** Writes the pieces to `path` and, gzipped, to `path`.gz, as they come: no whole file in memory. */
async function writePlainAndGzipped(
  pieces: AsyncIterable<string>,
  path: string,
): Promise<{ bytes: number; gzipBytes: number; sha256: string }> {
  const plain = createWriteStream(path);
  const gzip = createGzip();
  const gzipped = createWriteStream(`${path}.gz`);
  const gzipDone = pipeline(gzip, gzipped);
  const hash = createHash("sha256");
  let bytes = 0;
  const put = async (buffer: Buffer) => {
    hash.update(buffer);
    bytes += buffer.length;
    const waits: Promise<unknown>[] = [];
    if (!plain.write(buffer)) waits.push(once(plain, "drain"));
    if (!gzip.write(buffer)) waits.push(once(gzip, "drain"));
    await Promise.all(waits);
  };
  let batch: string[] = [];
  let batchLength = 0;
  for await (const piece of pieces) {
    batch.push(piece);
    batchLength += piece.length;
    if (batchLength >= WRITE_BATCH_BYTES) {
      await put(Buffer.from(batch.join(""), "utf8"));
      batch = [];
      batchLength = 0;
    }
  }
  if (batch.length > 0) await put(Buffer.from(batch.join(""), "utf8"));
  plain.end();
  gzip.end();
  await Promise.all([finished(plain), gzipDone]);
  return { bytes, gzipBytes: (await stat(`${path}.gz`)).size, sha256: hash.digest("hex") };
}

/** The first record's id of a collection, for the open-data page's examples. */
async function firstId(pages: AsyncIterable<ReadonlyArray<{ id: string }>>): Promise<string | null> {
  for await (const page of pages) if (page[0]) return page[0].id;
  return null;
}

/**
 * Writes every download of the dataset `reader` reads into `dir` as a new generation and makes
 * it current. Each file is read and written a page at a time, one file after another.
 */
export async function writeDatasetFiles(
  reader: PublicDatasetReader,
  dir: string,
  now = new Date(),
): Promise<DatasetManifest> {
  await mkdir(dir, { recursive: true });
  const previous = await readDatasetManifest(dir);
  const writtenAt = generationTime(now, previous);
  const generation = generationName(writtenAt);
  const temporary = join(dir, `${TEMP_PREFIX}${generation}`);
  await mkdir(temporary);
  const files: DatasetFileEntry[] = [];
  try {
    for (const download of DOWNLOADS) {
      const file = storedName(download.path);
      const written = await writePlainAndGzipped(download.write(reader), join(temporary, file));
      files.push({ path: download.path, file, contentType: download.contentType, ...written });
      await utimes(join(temporary, file), writtenAt, writtenAt);
      await utimes(join(temporary, `${file}.gz`), writtenAt, writtenAt);
    }
    await rename(temporary, join(dir, generation));
  } catch (error) {
    await rm(temporary, { recursive: true, force: true });
    throw error;
  }
  const manifest: DatasetManifest = {
    generation,
    writtenAt: writtenAt.toISOString(),
    files,
    examples: { measureId: await firstId(reader.pages("measures")), voteId: await firstId(reader.pages("voteEvents")) },
  };
  // Link, then manifest: a reader of either finds whole files, since both generations stay.
  await swapSymlink(generation, join(dir, CURRENT_LINK));
  await writeAtomically(join(dir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
  // The previous generation stays: a download that began before the swap may still be reading it.
  await removeOldGenerations(dir, new Set([generation, previous?.generation].filter((name) => name !== undefined)));
  return manifest;
}

async function removeOldGenerations(dir: string, keep: ReadonlySet<string>): Promise<void> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (!entry.isDirectory() || keep.has(entry.name)) continue;
    const path = join(dir, entry.name);
    if (entry.name.startsWith(TEMP_PREFIX)) {
      // Another machine's write may be filling it right now; only an abandoned one goes.
      const { mtimeMs } = await stat(path);
      if (Date.now() - mtimeMs < ABANDONED_AFTER_MS) continue;
    }
    await rm(path, { recursive: true, force: true });
  }
}

/** The current files' manifest, or null before the first write (or when it cannot be read). */
export async function readDatasetManifest(dir: string): Promise<DatasetManifest | null> {
  let text: string;
  try {
    text = await readFile(join(dir, MANIFEST_FILE), "utf8");
  } catch {
    return null;
  }
  try {
    const parsed = DatasetManifestSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Where one file of a manifest is on disk, plain or gzipped. */
export function datasetFileOnDisk(dir: string, manifest: DatasetManifest, entry: DatasetFileEntry, gzipped: boolean) {
  return join(dir, manifest.generation, gzipped ? `${entry.file}.gz` : entry.file);
}
