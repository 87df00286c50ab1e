import type { Actor, Repositories } from "@legible/db";
import { z } from "zod";
import { compareWithUpstream, type RemovableType, type RemovalReport } from "../removals";
import { type LegistarClient, LegistarRequestError } from "./client";

// Deletions in Legistar: after a sync, every id each kept list still has (bodies, persons,
// matters, events), read with `$select=<Kind>Id` so even an incremental run pays only a few small
// pages, compared with the records Legible holds under the client's ids (`legistar:<client>:…`).

/** The lists whose deletions a sync follows, and the kind of record each becomes. */
export const LEGISTAR_REMOVAL_LISTS = [
  { list: "bodies", idField: "BodyId", recordType: "body" },
  { list: "persons", idField: "PersonId", recordType: "person" },
  { list: "matters", idField: "MatterId", recordType: "measure" },
  { list: "events", idField: "EventId", recordType: "meeting" },
] as const satisfies ReadonlyArray<{ list: string; idField: string; recordType: RemovableType }>;

export interface LegistarRemovalOptions {
  repositories: Repositories;
  client: LegistarClient;
  report: RemovalReport;
  actor: Actor;
  sourceId?: string | null;
  runId?: string | null;
  onProgress?: (line: string) => void;
}

/**
 * Follows deletions in every list. A listing request that fails is named in the removals'
 * `skipped` and thrown on, so the run fails the way any failed request does; nothing of that list
 * or the ones after it is unpublished.
 */
export async function followLegistarRemovals(options: LegistarRemovalOptions): Promise<void> {
  const { client } = options;
  const keyPrefix = `legistar:${client.client}:`;
  for (const { list, idField, recordType } of LEGISTAR_REMOVAL_LISTS) {
    const row = z.object({ [idField]: z.number().int() });
    const upstreamKeys = new Set<string>();
    try {
      for await (const rows of client.pages(list, { schema: row, select: idField, orderBy: idField })) {
        for (const r of rows) {
          const id = (r as Record<string, unknown>)[idField];
          if (typeof id === "number") upstreamKeys.add(`${keyPrefix}${id}`);
        }
      }
    } catch (error) {
      if (error instanceof LegistarRequestError) {
        options.report.skipped.push({
          list,
          request: `${error.method} ${error.url}`,
          reason: `${error.reason}; nothing was unpublished`,
        });
      }
      throw error;
    }
    await compareWithUpstream({
      repositories: options.repositories,
      report: options.report,
      list,
      recordType,
      keyPrefix,
      upstreamKeys,
      actor: options.actor,
      upstreamName: `Legistar (${client.client})`,
      sourceId: options.sourceId ?? null,
      runId: options.runId ?? null,
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    });
  }
}
