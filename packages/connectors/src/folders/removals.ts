import { createHash } from "node:crypto";
import { type ExternalIdentifier, identifierKey, type OcdScrapeKind } from "@legible/core";
import type { Actor, Repositories } from "@legible/db";
import { compareWithUpstream, type RemovableType, type RemovalReport } from "../removals";

// Deletions in an OCD scrape folder. A folder is a whole snapshot, so a record the folder wrote
// before and no file gives any more was deleted by the scraper. A scrape's own ids (`_id`) are new
// each scrape and OCD ids are often absent, so each record the folder writes carries the folder's
// mark: an identifier `{ scheme: "other", scope: "ocd-folder-<folder's hash>", identifier: <its id> }`.
// The records holding that mark are the folder's; the ones this run did not write are gone.
// People are not followed (an OCD folder's people also come from elsewhere, and Open States moves
// retired people rather than deleting them). A kind with a file that could not be read or mapped
// is not compared: its records would look deleted.

const FOLLOWED: Partial<Record<OcdScrapeKind, { recordType: RemovableType; list: string }>> = {
  organization: { recordType: "body", list: "organization files" },
  bill: { recordType: "measure", list: "bill files" },
  vote_event: { recordType: "vote-event", list: "vote event files" },
  event: { recordType: "meeting", list: "event files" },
};

/** The scope of the identifiers that mark a folder's records: stable for a folder's path. */
export function folderScope(folder: string): string {
  return `ocd-folder-${createHash("sha256").update(folder).digest("hex").slice(0, 16)}`;
}

/** What a folder run wrote, kind by kind, to compare with what Legible holds afterwards. */
export class OcdSnapshot {
  readonly scope: string;
  readonly keys = new Map<OcdScrapeKind, Set<string>>();
  readonly unreadable = new Set<OcdScrapeKind>();

  constructor(readonly folder: string) {
    this.scope = folderScope(folder);
  }

  /** The record with the folder's mark added (when its kind is followed), remembered as given this run. */
  mark<T extends { id: string; identifiers?: ExternalIdentifier[] | undefined }>(kind: OcdScrapeKind, record: T): T {
    if (!FOLLOWED[kind]) return record;
    const mark: ExternalIdentifier = { scheme: "other", scope: this.scope, identifier: record.id };
    const key = identifierKey(mark);
    const keys = this.keys.get(kind) ?? new Set<string>();
    keys.add(key);
    this.keys.set(kind, keys);
    const identifiers = record.identifiers ?? [];
    if (identifiers.some((id) => identifierKey(id) === key)) return record;
    return { ...record, identifiers: [...identifiers, mark] };
  }

  /** A file of this kind was left out: the kind's records cannot be compared this run. */
  leftOut(kind: OcdScrapeKind): void {
    this.unreadable.add(kind);
  }
}

export interface OcdRemovalOptions {
  repositories: Repositories;
  snapshot: OcdSnapshot;
  report: RemovalReport;
  actor: Actor;
  onProgress?: (line: string) => void;
}

/** Unpublishes the folder's records no file gives any more; republishes those given again. */
export async function followOcdRemovals(options: OcdRemovalOptions): Promise<void> {
  const { snapshot, report } = options;
  for (const [kind, followed] of Object.entries(FOLLOWED) as Array<
    [OcdScrapeKind, { recordType: RemovableType; list: string }]
  >) {
    if (snapshot.unreadable.has(kind)) {
      report.skipped.push({
        list: followed.list,
        reason:
          "a file of this kind could not be read or mapped, so its records would look deleted; nothing was unpublished",
      });
      continue;
    }
    await compareWithUpstream({
      repositories: options.repositories,
      report,
      list: followed.list,
      recordType: followed.recordType,
      keyPrefix: `other:${snapshot.scope}:`,
      upstreamKeys: snapshot.keys.get(kind) ?? new Set(),
      actor: options.actor,
      upstreamName: `The scrape folder ${snapshot.folder}`,
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    });
  }
}
