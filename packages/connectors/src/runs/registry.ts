import { LegistarSyncSettingsSchema, type SyncConnectorName } from "@legible/core";
import type { Actor, Repositories } from "@legible/db";
import type { z } from "zod";
import { ocdConnector, openStatesPeopleConnector } from "../folders/index";
import { LegistarClient } from "../legistar/client";
import { syncLegistar } from "../legistar/sync";
import type { RemovalReport } from "../removals";

// The connectors a stored sync can use, one entry each. A connector validates its own settings
// (core's schema for it) and runs one sync from resume points, reporting as it goes; the runner
// (run-sync.ts) stores runs, progress, reports and resume points the same way for all of them.
// The folder connectors ("openstates-people", "ocd") are defined in ../folders/.

/** What a run gives a connector. */
export interface ConnectorContext<Settings> {
  repositories: Repositories;
  settings: Settings;
  /** Where the last run left off, per list; null for a first run. */
  resumeFrom: Record<string, string | null> | null;
  /** One line per batch written, for the run's live progress. */
  onProgress: (line: string) => void;
  actor: Actor;
}

/** Counts per record kind, as every connector reports them. */
export interface ConnectorKindCounts {
  created: number;
  updated: number;
  unchanged: number;
  skipped: number;
}

/** What a run stores and the staff pages show; a connector's report may carry more. */
export interface ConnectorReport {
  ok: boolean;
  kinds: Record<string, ConnectorKindCounts>;
  quarantined: Array<{ place: string; value?: string; reason: string }>;
  skipped: Array<{ kind: string; count: number; reason: string }>;
  /** Where the next run starts, per list. */
  resumeFrom: Record<string, string | null>;
  /** Records gone upstream (unpublished) or back (republished), for connectors that follow deletions. */
  removals?: RemovalReport;
  /** Why the run failed: the request (method and address, never a token) and the reason. */
  error?: { request?: string; reason: string };
}

export interface SyncConnector<Settings = unknown> {
  name: SyncConnectorName;
  /** What staff read in the "Connector" choice. */
  label: string;
  settingsSchema: z.ZodType<Settings>;
  run(context: ConnectorContext<Settings>): Promise<ConnectorReport>;
}

const legistar: SyncConnector<z.output<typeof LegistarSyncSettingsSchema>> = {
  name: "legistar",
  label: "Legistar (city council records)",
  settingsSchema: LegistarSyncSettingsSchema,
  run: ({ repositories, settings, resumeFrom, onProgress, actor }) =>
    syncLegistar({
      repositories,
      client: new LegistarClient({
        client: settings.client,
        baseUrl: settings.apiBase,
        ...(settings.token ? { token: settings.token } : {}),
        ...(settings.requestsPerSecond ? { requestsPerSecond: settings.requestsPerSecond } : {}),
      }),
      settings: { timeZone: settings.timeZone },
      ...(resumeFrom ? { since: resumeFrom } : {}),
      onProgress,
      actor,
    }),
};

/** Every connector a sync can use, by name. */
export const SYNC_CONNECTOR_REGISTRY: Partial<Record<SyncConnectorName, SyncConnector<never>>> = {
  legistar: legistar as unknown as SyncConnector<never>,
  "openstates-people": openStatesPeopleConnector as unknown as SyncConnector<never>,
  ocd: ocdConnector as unknown as SyncConnector<never>,
};

export function findConnector(name: string): SyncConnector<unknown> | null {
  return (SYNC_CONNECTOR_REGISTRY[name as SyncConnectorName] as SyncConnector<unknown> | undefined) ?? null;
}

/** The connectors staff may choose from, for the add form. */
export function availableConnectors(): Array<{ name: SyncConnectorName; label: string }> {
  return Object.values(SYNC_CONNECTOR_REGISTRY).map((c) => ({ name: c.name, label: c.label }));
}
