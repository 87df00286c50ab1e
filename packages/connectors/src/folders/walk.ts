import { opendir, stat } from "node:fs/promises";
import { join, relative } from "node:path";

// Folders are walked as a stream of file names, one directory entry at a time, so a folder of
// tens of thousands of files never sits in memory; only a batch of files' contents does.

/** A folder that cannot be read, with the reason in plain words. */
export class UnreadableSource extends Error {
  constructor(
    readonly place: string,
    reason: string,
  ) {
    super(`${place} cannot be read: ${reason}`);
  }
}

function reasonOf(error: unknown): string {
  const code = (error as { code?: string })?.code;
  if (code === "ENOENT") return "there is no such file or folder";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "ENOTDIR") return "it is not a folder";
  return error instanceof Error ? error.message : String(error);
}

/** Throws {@link UnreadableSource} unless `folder` is a folder that can be read. */
export async function checkFolder(folder: string): Promise<void> {
  try {
    const info = await stat(folder);
    if (!info.isDirectory()) throw Object.assign(new Error("not a folder"), { code: "ENOTDIR" });
  } catch (error) {
    throw new UnreadableSource(folder, reasonOf(error));
  }
}

/**
 * The files under `folder` (and its subfolders) whose names `wanted` accepts, as paths relative
 * to it, yielded one at a time in name order so runs report in the same order. Only one
 * directory's names are held at once, never files' contents. Hidden files and folders (`.git`)
 * are passed over.
 */
export async function* filesUnder(folder: string, wanted: (name: string) => boolean): AsyncGenerator<string> {
  const pending = [folder];
  while (pending.length > 0) {
    const dir = pending.shift() as string;
    const files: string[] = [];
    const dirs: string[] = [];
    try {
      for await (const entry of await opendir(dir)) {
        if (entry.name.startsWith(".")) continue;
        if (entry.isDirectory()) dirs.push(join(dir, entry.name));
        else if (entry.isFile() && wanted(entry.name)) files.push(entry.name);
      }
    } catch (error) {
      throw new UnreadableSource(relative(folder, dir) || dir, reasonOf(error));
    }
    for (const name of files.sort()) yield relative(folder, join(dir, name));
    pending.unshift(...dirs.sort());
  }
}

/** Groups a stream into lists of at most `size`, each yielded when full. */
export async function* inBatches<T>(items: AsyncIterable<T>, size: number): AsyncGenerator<T[]> {
  let batch: T[] = [];
  for await (const item of items) {
    batch.push(item);
    if (batch.length >= Math.max(1, size)) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}
