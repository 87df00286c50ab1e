import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { fromOpenStatesPerson, type OpenStatesContext } from "@legible/core";
import { type Actor, applyImport, type Repositories, readAllRecords } from "@legible/db";
import { RecordsBatch } from "./records-batch";
import { countBatch, emptyReport, type FolderImportReport, failReport, leaveOut } from "./report";
import { checkFolder, filesUnder, inBatches, UnreadableSource } from "./walk";
import { readYamlFile } from "./yaml-file";

// An Open States people folder (the openstates/people layout: data/<state>/legislature,
// executive, municipalities/*.yml, one person a file) into Legible, a batch of files per
// transaction. Core maps each person (placing roles, making the city, council, office and seats
// a role needs, matching people on record by id, Open States id, or name and seat, and
// quarantining bad values); this walks the folder, reads the YAML and writes the batches.

export interface FolderImportOptions {
  repositories: Repositories;
  /** The folder to read, with its subfolders. */
  folder: string;
  /** Files per transaction; memory holds one batch of files at a time. Default 50. */
  batchSize?: number;
  /** One line per batch written, for a command's output or a run's progress. */
  onProgress?: (line: string) => void;
  /** Who the audit log names. */
  actor?: Actor;
  /** OCD only: the zone events are in when a file does not say (scrapers keep it on the jurisdiction). */
  timeZone?: string;
}

export const DEFAULT_BATCH_SIZE = 50;

class BatchFailed extends Error {}

/**
 * What people's roles are placed on and people are matched against: what is on record now,
 * read again before each batch so the cities and people earlier batches wrote are found.
 */
async function onRecord(repositories: Repositories): Promise<OpenStatesContext> {
  return {
    bodies: await readAllRecords(repositories.bodies),
    posts: await readAllRecords(repositories.posts),
    jurisdictions: await readAllRecords(repositories.jurisdictions),
    people: await readAllRecords(repositories.people),
    memberships: await readAllRecords(repositories.memberships),
  };
}

function nameIn(value: unknown): string {
  return value && typeof value === "object" && "name" in value && typeof value.name === "string" ? value.name : "";
}

/** Reads every `.yml` / `.yaml` file under `folder` as Open States people and writes them. Never throws. */
export async function importOpenStatesFolder(options: FolderImportOptions): Promise<FolderImportReport> {
  const { repositories, folder } = options;
  const actor = options.actor ?? { name: "Open States people import" };
  const progress = options.onProgress ?? (() => {});
  const started = Date.now();
  const report = emptyReport("openstates-people", folder);
  try {
    await checkFolder(folder);
    const files = filesUnder(folder, (name) => /\.ya?ml$/i.test(name));
    for await (const names of inBatches(files, options.batchSize ?? DEFAULT_BATCH_SIZE)) {
      const context = await onRecord(repositories);
      const batch = new RecordsBatch();
      for (const file of names) {
        let text: string;
        try {
          text = await readFile(join(folder, file), "utf8");
        } catch (error) {
          throw new UnreadableSource(file, error instanceof Error ? error.message : String(error));
        }
        const yaml = readYamlFile(text);
        if (!yaml.ok) throw new UnreadableSource(file, yaml.reason);
        const many = yaml.file.values.length > 1;
        yaml.file.values.forEach((value, index) => {
          const place = (path: string) => {
            // The whole person is the whole file, unless the file holds several.
            if (path === "" && !many) return file;
            const line = yaml.file.lineOf(index, path);
            const where = line === undefined ? path || (many ? `document ${index + 1}` : "") : String(line);
            return where === "" ? file : `${file}:${where}`;
          };
          const result = fromOpenStatesPerson(value, context);
          if (!result.ok) {
            leaveOut(report, "people", {
              place: place(result.issues[0]?.path ?? ""),
              title: nameIn(value) || file,
              reason: result.issues.map((issue) => `${issue.path} ${issue.message}`.trim()).join("; "),
            });
            return;
          }
          const { person, sources, memberships, places, skipped, quarantined, onRecord } = result.value;
          const at = place("");
          if (onRecord) report.matched.push({ place: at, name: nameIn(value), ...onRecord });
          for (const j of places.jurisdictions) batch.add("jurisdictions", j, at);
          for (const b of places.bodies) batch.add("bodies", b, at);
          for (const p of places.posts) batch.add("posts", p, at);
          for (const s of sources) batch.add("sources", s, at);
          if (person) batch.add("people", person, at);
          memberships.forEach((m) => {
            batch.add("memberships", m, at);
          });
          const name = person?.name ?? nameIn(value);
          for (const skip of skipped) {
            leaveOut(report, skip.path === "" ? "people" : "memberships", {
              place: place(skip.path),
              title: skip.path === "" ? skip.title : `${name}: ${skip.title}`,
              reason: skip.reason,
            });
          }
          for (const bad of quarantined)
            report.quarantined.push({ place: place(bad.path), value: bad.value, reason: bad.reason });
        });
      }
      const result = await applyImport(repositories, { records: batch.records, places: batch.places }, actor);
      if (!result.ok) {
        throw new BatchFailed(
          `${names[0]} and the next ${names.length - 1} files were not written: ${result.issues
            .slice(0, 3)
            .map((i) => `${i.path} ${i.message}`)
            .join("; ")}`,
        );
      }
      report.files += names.length;
      progress(`${names.length} files: ${countBatch(report, result)}`);
    }
  } catch (error) {
    progress(failReport(report, error));
  }
  report.durationMs = Date.now() - started;
  return report;
}
