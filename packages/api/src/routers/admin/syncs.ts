import { availableConnectors, currentSyncScheduler, findConnector } from "@legible/connectors";
import {
  describeSchedule,
  IdSchema,
  nextScheduledRun,
  SYNC_SCHEDULE_PRESETS,
  SyncSourceInputSchema,
  syncScheduleZone,
  VersionSchema,
} from "@legible/core";
import type { SyncSource } from "@legible/db";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import type { Context } from "../../context";
import { router, staffProcedure } from "../../trpc";
import { ADMINS, ANY_STAFF } from "./roles";

// Syncs: outside systems Legible reads records from ("Sources" in the staff app means cited
// documents). Admins add and change them; all staff read them and start runs.

/** Who may read syncs and say "Run now": every staff role (editors and up). */
const SYNC_RUNNERS = ANY_STAFF;

/** A sync as staff see it: the API token is never sent back, only whether one is set. */
function view(source: SyncSource) {
  const { token, ...settings } = source.settings as { token?: unknown } & Record<string, unknown>;
  const zone = syncScheduleZone(source.settings);
  const next = source.enabled && source.schedule ? nextScheduledRun(source.schedule, zone) : null;
  return {
    ...source,
    settings,
    hasToken: typeof token === "string" && token.length > 0,
    connectorLabel: findConnector(source.connector)?.label ?? source.connector,
    scheduleText: describeSchedule(source.schedule, zone),
    nextRunAt: next?.toISOString() ?? null,
  };
}

async function sourceOrNotFound(ctx: Context, id: string): Promise<SyncSource> {
  const source = await ctx.repositories.syncSources.get(id);
  if (!source) throw new TRPCError({ code: "NOT_FOUND", message: `No sync with id "${id}" exists.` });
  return source;
}

/** Tells this server's scheduler the schedules changed; without one, nothing runs on a schedule here. */
async function refreshSchedules(): Promise<void> {
  await currentSyncScheduler()?.refresh();
}

const IdInput = z.object({ id: IdSchema });

export const syncsRouter = router({
  /** Connectors staff may choose from and the schedule presets, for the add form. */
  options: staffProcedure(SYNC_RUNNERS).query(() => ({
    connectors: availableConnectors(),
    schedulePresets: SYNC_SCHEDULE_PRESETS,
    running: currentSyncScheduler() !== null,
  })),

  list: staffProcedure(SYNC_RUNNERS).query(async ({ ctx }) => {
    const sources = await ctx.repositories.syncSources.list();
    return sources.map(({ latestRun, ...source }) => ({ ...view(source), latestRun }));
  }),

  get: staffProcedure(SYNC_RUNNERS)
    .input(IdInput)
    .query(async ({ ctx, input }) => {
      const source = await sourceOrNotFound(ctx, input.id);
      const runs = await ctx.repositories.syncSources.listRuns(input.id, 50);
      return { source: view(source), runs };
    }),

  run: staffProcedure(SYNC_RUNNERS)
    .input(z.object({ runId: z.string().uuid({ error: "must be a run id" }) }))
    .query(async ({ ctx, input }) => {
      const run = await ctx.repositories.syncSources.getRun(input.runId);
      if (!run) throw new TRPCError({ code: "NOT_FOUND", message: "No such run exists." });
      const source = await sourceOrNotFound(ctx, run.sourceId);
      return { run, source: view(source) };
    }),

  create: staffProcedure(ADMINS)
    .input(SyncSourceInputSchema)
    .mutation(async ({ ctx, input }) => {
      const saved = await ctx.repositories.syncSources.create(input, ctx.staff.name);
      await refreshSchedules();
      return view(saved);
    }),

  update: staffProcedure(ADMINS)
    .input(z.object({ id: IdSchema, version: VersionSchema, sync: SyncSourceInputSchema }))
    .mutation(async ({ ctx, input }) => {
      const current = await sourceOrNotFound(ctx, input.id);
      const settings = { ...input.sync.settings };
      // The form never shows the token: left blank, the stored one stays.
      if (!settings.token && typeof current.settings.token === "string") settings.token = current.settings.token;
      const saved = await ctx.repositories.syncSources.update(
        input.id,
        { ...input.sync, settings, version: input.version },
        ctx.staff.name,
      );
      await refreshSchedules();
      return view(saved);
    }),

  /** Queues a run for this server's scheduler; returns it while queued, for its page. */
  runNow: staffProcedure(SYNC_RUNNERS)
    .input(IdInput)
    .mutation(async ({ ctx, input }) => {
      await sourceOrNotFound(ctx, input.id);
      const scheduler = currentSyncScheduler();
      if (!scheduler)
        throw new TRPCError({
          code: "PRECONDITION_FAILED",
          message:
            "Syncs do not run on this server (LEGIBLE_SYNC_WORKER is off). Start one from a command: npm run sync -- <sync id>.",
        });
      return scheduler.runNow(input.id, ctx.staff.name);
    }),
});
