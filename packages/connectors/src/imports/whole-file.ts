import { readFile, stat } from "node:fs/promises";
import {
  IMPORT_COLLECTIONS,
  IMPORT_FORMAT_NAMES,
  type ImportContext,
  type ImportFormat,
  type ImportSkip,
  readImport,
} from "@legible/core";
import { type Repositories, readAllRecords } from "@legible/db";
import { parseAllDocuments } from "yaml";
import { UnreadableFile } from "./dataset-stream";
import type { ImportItem, ItemSource } from "./items";

// Popolo, OCD and Open States files are read whole: their readers in core need the whole file
// at once (Popolo's memberships name people and organizations anywhere in the file; an OCD file
// may be one object or a list of mixed kinds; YAML documents carry anchors that point anywhere).
// They are kept to a size whose parsed records fit comfortably in memory; the records are then
// written in batches like a dataset's.

/** The largest Popolo, OCD or Open States file an import job reads whole. */
export const MAX_WHOLE_FILE_BYTES = 50 * 1024 * 1024;

function parseYaml(text: string): unknown {
  const documents = parseAllDocuments(text);
  if (!Array.isArray(documents)) throw new UnreadableFile("The file is empty.");
  for (const document of documents) {
    const error = document.errors[0];
    if (error) throw new UnreadableFile(`this is not valid YAML (${error.message.split("\n")[0]})`);
  }
  const values = documents.filter((d) => d.contents !== null).map((d) => d.toJS());
  return values.length === 1 ? values[0] : values;
}

/** What an Open States file's roles are placed on and its people matched against: the records on file. */
async function contextFor(repositories: Repositories, format: ImportFormat): Promise<ImportContext> {
  if (format !== "openstates-person") return { bodies: [], posts: [] };
  return {
    bodies: await readAllRecords(repositories.bodies),
    posts: await readAllRecords(repositories.posts),
    jurisdictions: await readAllRecords(repositories.jurisdictions),
    people: await readAllRecords(repositories.people),
    memberships: await readAllRecords(repositories.memberships),
  };
}

/** Reads a whole file in `format`; what its reader leaves out is in `skipped` once items start. */
export function readWholeFile(
  path: string,
  format: Exclude<ImportFormat, "legible-dataset">,
  repositories: Repositories,
): ItemSource & { skipped: ImportSkip[] } {
  let bytes = 0;
  const skipped: ImportSkip[] = [];
  async function* items(): AsyncGenerator<ImportItem> {
    const size = (await stat(path)).size;
    if (size > MAX_WHOLE_FILE_BYTES) {
      throw new UnreadableFile(
        `${IMPORT_FORMAT_NAMES[format]} files are read whole, and this one is larger than ${MAX_WHOLE_FILE_BYTES / 1024 / 1024} MB. Split it into smaller files, or export it as a Legible dataset, which is read piece by piece at any size.`,
      );
    }
    const text = await readFile(path, "utf8");
    bytes = size;
    let value: unknown;
    if (format === "openstates-person") value = parseYaml(text);
    else {
      try {
        value = JSON.parse(text);
      } catch (error) {
        throw new UnreadableFile(`this is not valid JSON (${error instanceof Error ? error.message : String(error)})`);
      }
    }
    const read = readImport(format, value, await contextFor(repositories, format));
    if (!read.ok) {
      throw new UnreadableFile(
        read.issues
          .slice(0, 3)
          .map((issue) => `${issue.path} ${issue.message}`.trim())
          .join("; "),
      );
    }
    skipped.push(...read.value.skipped);
    for (const collection of IMPORT_COLLECTIONS) {
      for (const record of read.value.records[collection] as Array<{ id: string }>) {
        const place = read.value.places[collection][record.id] ?? collection;
        yield { collection, value: record, place, checked: true };
      }
    }
  }
  return { items: items(), bytesRead: () => bytes, close: () => {}, skipped };
}
