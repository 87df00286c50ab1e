import { readFile } from "node:fs/promises";
import { join } from "node:path";
import {
  fromOcdScrape,
  identifierKey,
  OCD_SCRAPE_KINDS,
  type OcdScrapeKind,
  type OcdScrapeRecords,
  ocdScrapeKindOf,
  ocdScrapeReferences,
} from "@legible/core";
import { applyImport, type RecordCollection, type Repositories } from "@legible/db";
import { emptyRemovalReport } from "../removals";
import { DEFAULT_BATCH_SIZE, type FolderImportOptions } from "./openstates-people";
import { RecordsBatch } from "./records-batch";
import { followOcdRemovals, OcdSnapshot } from "./removals";
import { countBatch, emptyReport, type FolderImportReport, failReport, leaveOut } from "./report";
import { checkFolder, filesUnder, inBatches, UnreadableSource } from "./walk";

// Open Civic Data as scrapers write it (pupa, openstates-core: `_data/<jurisdiction>/bill_<uuid>.json`
// and so on) into Legible. Kinds are read in the order references need — organizations (those
// without a parent first), people, bills, vote events, events — each kind's files a batch per
// transaction. Core resolves references and quarantines bad values; this walks the folder,
// remembers what each kind wrote so later kinds can point at it, and looks references written
// as ids up in storage.

class BatchFailed extends Error {}

const COLLECTION_OF: Record<OcdScrapeKind, RecordCollection> = {
  organization: "bodies",
  person: "people",
  bill: "measures",
  vote_event: "voteEvents",
  event: "meetings",
};

/** The record type the identifier index files each kind's main record under. */
const RECORD_TYPE: Partial<Record<OcdScrapeKind, string>> = { organization: "body", person: "person" };

/** What earlier batches wrote, for later references; it grows with the number of records, not their contents. */
class Known {
  readonly ids = new Map<string, string>();
  readonly organizations: Array<{ id: string; name: string; classification?: string | null }> = [];
  readonly people: Array<{ id: string; name: string }> = [];
  readonly bills: Array<{ id: string; identifier: string; session?: string | null }> = [];
  readonly stored = new Set<string>();
  readonly missing = new Set<string>();

  constructor(readonly timeZone?: string) {}

  remember(mapped: OcdScrapeRecords, id: string): void {
    for (const scrapeId of mapped.scrapeIds) this.ids.set(scrapeId, id);
    if (mapped.kind === "organization") {
      this.organizations.push({ id, name: mapped.name, classification: mapped.classification ?? null });
    } else if (mapped.kind === "person") this.people.push({ id, name: mapped.name });
    else if (mapped.kind === "bill") this.bills.push({ id, identifier: mapped.name, session: mapped.session ?? null });
  }

  /** Looks up, once each, the references written as ids that this run has not written. */
  async lookUp(repositories: Repositories, refs: string[]): Promise<void> {
    for (const ref of refs) {
      if (this.ids.has(ref) || this.stored.has(ref) || this.missing.has(ref)) continue;
      const found =
        (await repositories.bodies.get(ref)) ??
        (await repositories.people.get(ref)) ??
        (await repositories.measures.get(ref)) ??
        (await repositories.jurisdictions.get(ref));
      (found ? this.stored : this.missing).add(ref);
    }
  }
}

function parentOf(value: unknown): unknown {
  return value && typeof value === "object" && "parent_id" in value ? value.parent_id : undefined;
}

/** Reads every scraped OCD file under `folder` (by name: organization_, person_, bill_, vote_event_, event_) and writes them. Never throws. */
export async function importOcdFolder(options: FolderImportOptions): Promise<FolderImportReport> {
  const { repositories, folder } = options;
  const actor = options.actor ?? { name: "Open Civic Data import" };
  const progress = options.onProgress ?? (() => {});
  const started = Date.now();
  const report = emptyReport("ocd", folder);
  const known = new Known(options.timeZone);
  const snapshot = new OcdSnapshot(folder);

  /** One pass over a kind's files; `include` picks which of them this pass writes. */
  const pass = async (kind: OcdScrapeKind, label: string, include: (value: unknown) => boolean) => {
    const files = filesUnder(folder, (name) => ocdScrapeKindOf(name) === kind);
    for await (const names of inBatches(files, options.batchSize ?? DEFAULT_BATCH_SIZE)) {
      const read: Array<{ file: string; value: unknown }> = [];
      for (const file of names) {
        let text: string;
        try {
          text = await readFile(join(folder, file), "utf8");
        } catch (error) {
          throw new UnreadableSource(file, error instanceof Error ? error.message : String(error));
        }
        let value: unknown;
        try {
          value = JSON.parse(text);
        } catch (error) {
          throw new UnreadableSource(
            file,
            `this is not valid JSON (${error instanceof Error ? error.message : error})`,
          );
        }
        if (include(value)) read.push({ file, value });
      }
      if (read.length === 0) continue;
      await known.lookUp(
        repositories,
        read.flatMap(({ value }) => ocdScrapeReferences(kind, value)),
      );

      const batch = new RecordsBatch();
      const mappedFiles: Array<{ file: string; mapped: OcdScrapeRecords }> = [];
      for (const { file, value } of read) {
        const mapped = fromOcdScrape(kind, value, known);
        if (!mapped.ok) {
          snapshot.leftOut(kind);
          leaveOut(report, COLLECTION_OF[kind], {
            place: `${file}:${mapped.issues[0]?.path ?? ""}`.replace(/:$/, ""),
            title: file,
            reason: mapped.issues.map((issue) => `${issue.path} ${issue.message}`.trim()).join("; "),
          });
          continue;
        }
        for (const bad of mapped.value.quarantined) {
          report.quarantined.push({ place: `${file}:${bad.path}`, value: bad.value, reason: bad.reason });
        }
        mappedFiles.push({ file, mapped: mapped.value });
      }

      // Someone or something already on record under another id, found by an id from another
      // system: later references point at that record, and it stays as staff keep it.
      const recordType = RECORD_TYPE[kind];
      const onRecord = new Map<string, string>();
      if (recordType) {
        const keys = mappedFiles.flatMap(({ mapped }) =>
          [...mapped.bodies, ...mapped.people].flatMap((r) => (r.identifiers ?? []).map(identifierKey)),
        );
        const found = keys.length > 0 ? await repositories.identity.findMany(recordType, keys) : new Map();
        for (const { mapped } of mappedFiles) {
          const record = [...mapped.bodies, ...mapped.people][0];
          const ids = new Set((record?.identifiers ?? []).flatMap((id) => found.get(identifierKey(id)) ?? []));
          ids.delete(mapped.id);
          if (ids.size === 1) onRecord.set(mapped.id, [...ids][0] as string);
        }
      }

      for (const { file, mapped } of mappedFiles) {
        const existing = onRecord.get(mapped.id);
        known.remember(mapped, existing ?? mapped.id);
        if (existing) {
          progress(`${file}: ${mapped.name} is on record as ${existing}; left as it is`);
          continue;
        }
        for (const s of mapped.sources) batch.add("sources", s, file);
        for (const b of mapped.bodies) batch.add("bodies", snapshot.mark(kind, b), file);
        for (const p of mapped.people) batch.add("people", p, file);
        for (const m of mapped.measures) batch.add("measures", snapshot.mark(kind, m), file);
        for (const a of mapped.actions) batch.add("actions", a, file);
        for (const v of mapped.voteEvents) batch.add("voteEvents", snapshot.mark(kind, v), file);
        for (const m of mapped.meetings) batch.add("meetings", snapshot.mark(kind, m), file);
      }

      const result = await applyImport(repositories, { records: batch.records, places: batch.places }, actor);
      if (!result.ok) {
        throw new BatchFailed(
          `${label} from ${read[0]?.file} on were not written: ${result.issues
            .slice(0, 3)
            .map((i) => `${i.path} ${i.message}`)
            .join("; ")}`,
        );
      }
      report.files += read.length;
      progress(`${label}, ${read.length} files: ${countBatch(report, result)}`);
    }
  };

  try {
    await checkFolder(folder);
    for (const kind of OCD_SCRAPE_KINDS) {
      if (kind === "organization") {
        // Parents before the committees under them.
        const hasParent = (value: unknown) => {
          const parent = parentOf(value);
          return typeof parent === "string" && parent !== "";
        };
        await pass(kind, "organizations", (value) => !hasParent(value));
        await pass(kind, "organizations under another", hasParent);
      } else await pass(kind, `${kind.replace("_", " ")}s`, () => true);
    }
    // The folder is a whole snapshot: what it no longer gives was deleted upstream.
    report.removals = emptyRemovalReport();
    await followOcdRemovals({ repositories, snapshot, report: report.removals, actor, onProgress: progress });
  } catch (error) {
    progress(failReport(report, error));
  }
  report.durationMs = Date.now() - started;
  return report;
}
