import { readFileSync } from "node:fs";
import path from "node:path";
import type { Database } from "../client";
import { findProjectRoot } from "../config";
import { IMPORT_ORDER, importDataset } from "../dataset/transfer";
import { InvalidRecordError } from "../repositories/errors";
import type { RecordCollection } from "../repositories/index";
import { createRepositories } from "../repositories/index";

export type SeedReport = Record<RecordCollection, number>;

/** The seed story as data: the Los Angeles City Council's 13-0 sanctuary vote, every record sourced. */
export function seedStoryPath(projectRoot: string = findProjectRoot()): string {
  return path.join(projectRoot, "prisma", "seed", "seed-story.json");
}

/** Loads the seed story. Safe to run again: records are matched by id and unchanged ones are left alone. */
export async function seedDatabase(
  database: Database,
  progress: (message: string) => void = () => {},
  file: string = seedStoryPath(),
): Promise<SeedReport> {
  const result = await importDataset(
    createRepositories(database),
    JSON.parse(readFileSync(file, "utf8")),
    { name: "seed" },
    progress,
  );
  if (!result.ok) throw new InvalidRecordError(result.issues, "seed dataset");
  return result.counts;
}

/** True when no record of any kind is stored. */
export async function isDatabaseEmpty(database: Database): Promise<boolean> {
  const repositories = createRepositories(database);
  for (const collection of IMPORT_ORDER) {
    if ((await repositories[collection].list({ pageSize: 1 })).total > 0) return false;
  }
  return true;
}

/** A database needs the seed story only when it holds no records at all; staff edits are never overwritten. */
export const needsSeed = isDatabaseEmpty;
