import { join } from "node:path";
import { findProjectRoot } from "@legible/db";
import { DEFAULT_MAX_UPLOAD_BYTES } from "./import-upload";

// Where uploaded import files wait for their job, and how large one may be. With several app
// servers on one PostgreSQL, LEGIBLE_IMPORT_DIR must be a folder they all share: any of them
// may take the job.

export function importUploadsDir(env: Record<string, string | undefined> = process.env): string {
  return env.LEGIBLE_IMPORT_DIR || join(findProjectRoot(), "data", "imports");
}

export function maxUploadBytes(env: Record<string, string | undefined> = process.env): number {
  const given = Number(env.LEGIBLE_IMPORT_MAX_BYTES);
  return Number.isFinite(given) && given > 0 ? given : DEFAULT_MAX_UPLOAD_BYTES;
}
