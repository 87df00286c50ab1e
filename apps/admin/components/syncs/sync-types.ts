import type { AdminRouter } from "@legible/api";
import type { inferRouterOutputs } from "@trpc/server";
import { formatWhen as formatMoment } from "@/lib/form-kit/when";

type Outputs = inferRouterOutputs<AdminRouter>["syncs"];
export type SyncListItem = Outputs["list"][number];
export type SyncView = Outputs["get"]["source"];
export type SyncRunView = Outputs["get"]["runs"][number];

/** A run's status in words. */
export const RUN_STATUS_WORDS: Record<string, string> = {
  queued: "Waiting to start",
  running: "Running",
  succeeded: "Finished",
  failed: "Failed",
};

/** What started a run, in words. */
export const RUN_TRIGGER_WORDS: Record<string, string> = {
  schedule: "its schedule",
  staff: "Run now",
  command: "a command (npm run sync)",
};

export const isActive = (status: string | undefined) => status === "queued" || status === "running";

/** A moment as the staff app shows every moment (the form kit's one formatter), or a dash for none. */
export function formatWhen(iso: string | null | undefined): string {
  return formatMoment(iso) || "—";
}

/** Where a sync's page is. */
export const syncHref = (id: string) => `/syncs/sync?id=${encodeURIComponent(id)}`;
/** Where a run's page is. */
export const runHref = (runId: string) => `/syncs/run?id=${encodeURIComponent(runId)}`;
/** Where a sync's edit form is. */
export const editHref = (id: string) => `/syncs/edit?id=${encodeURIComponent(id)}`;
