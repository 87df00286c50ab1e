import { Cron } from "croner";
import { z } from "zod";
import { isTimeZone } from "./meeting.js";

// A sync: an outside system Legible reads records from on a schedule or when staff start it
// (called "syncs" everywhere so "sources" keeps meaning cited documents). Each connector has
// its own settings; the schedule is a five-field cron expression read in the source's zone.

/** Connectors a sync can use. Adding one: a name here, a settings schema below, an entry in the connectors' registry. */
export const SYNC_CONNECTORS = ["legistar", "openstates-people", "ocd"] as const;
export type SyncConnectorName = (typeof SYNC_CONNECTORS)[number];

export const SYNC_RUN_STATUSES = ["queued", "running", "succeeded", "failed"] as const;
export type SyncRunStatus = (typeof SYNC_RUN_STATUSES)[number];

/** What started a run: its schedule, staff ("Run now") or `npm run sync`. */
export const SYNC_RUN_TRIGGERS = ["schedule", "staff", "command"] as const;
export type SyncRunTrigger = (typeof SYNC_RUN_TRIGGERS)[number];

// Loopback only: tests and local development point a sync at a server on this machine, which
// has no certificate; anywhere else an API token and the records must travel encrypted.
const LOOPBACK_HTTP = /^http:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d{1,5})?(\/|$)/i;

/** An API address: https, or http to this machine only. */
export const SyncApiAddressSchema = z
  .string({ error: "is required" })
  .trim()
  .max(500, { error: "must be at most 500 characters" })
  .pipe(z.url({ protocol: /^https?$/, error: "must be a web address starting with https://" }))
  .refine((value) => /^https:\/\//i.test(value) || LOOPBACK_HTTP.test(value), {
    error: "must start with https:// (http:// only for localhost)",
  });

export const TimeZoneSchema = z
  .string({ error: "is required" })
  .trim()
  .refine(isTimeZone, { error: "must be a time zone like America/Chicago" });

/** Settings of a Legistar sync. */
export const LegistarSyncSettingsSchema = z.object({
  client: z
    .string({ error: "is required" })
    .trim()
    .regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/, {
      error: "must be the client's name in Legistar addresses, like chicago (letters, digits, - and _)",
    }),
  apiBase: SyncApiAddressSchema.default("https://webapi.legistar.com/v1"),
  token: z.string().trim().max(500, { error: "must be at most 500 characters" }).optional(),
  timeZone: TimeZoneSchema,
  requestsPerSecond: z
    .number({ error: "must be a number" })
    .positive({ error: "must be above 0" })
    .max(50, { error: "must be at most 50" })
    .optional(),
});
export type LegistarSyncSettings = z.infer<typeof LegistarSyncSettingsSchema>;

/** Settings of a sync that reads a folder of files (Open States people, OCD): where the folder is. */
export const FolderSyncSettingsSchema = z.object({
  folder: z.string({ error: "is required" }).trim().min(1, { error: "is required" }).max(1_000),
  timeZone: TimeZoneSchema.optional(),
});
export type FolderSyncSettings = z.infer<typeof FolderSyncSettingsSchema>;

/** Each connector's settings schema, by name. */
export const SYNC_SETTINGS_SCHEMAS = {
  legistar: LegistarSyncSettingsSchema,
  "openstates-people": FolderSyncSettingsSchema,
  ocd: FolderSyncSettingsSchema,
} as const satisfies Record<SyncConnectorName, z.ZodType>;

const CRON_FIELD = /^[0-9A-Za-z*/,?-]+$/;

/** Why `expression` is not a schedule, or null when it is one: five fields, as cron reads them. */
export function cronProblem(expression: string): string | null {
  const fields = expression.trim().split(/\s+/);
  if (fields.length !== 5)
    return "must have five parts: minute, hour, day of the month, month and day of the week (like 0 2 * * *)";
  // `#` and `W` are not read alike by every cron reader (the job queue on PostgreSQL uses
  // another than the one here), so they are refused rather than run at a time not shown.
  if (!fields.every((field) => CRON_FIELD.test(field)))
    return "may use only digits, *, commas, dashes, slashes and day or month names";
  try {
    new Cron(expression.trim(), { paused: true });
    return null;
  } catch (error) {
    return `is not a schedule: ${error instanceof Error ? error.message : String(error)}`;
  }
}

/** A schedule: a cron expression, or null for "only when started". */
export const SyncScheduleSchema = z
  .string()
  .trim()
  .superRefine((value, ctx) => {
    const problem = cronProblem(value);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  })
  .nullable();

/** Schedules staff pick from; anything else is a custom cron expression. */
export const SYNC_SCHEDULE_PRESETS = [
  { cron: "0 2 * * *", label: "Every night at 2:00" },
  { cron: "0 * * * *", label: "Every hour" },
  { cron: "0 6 * * 1", label: "Every Monday at 6:00" },
] as const;

/** When a schedule next runs after `after`, in `timeZone`; null when never. */
export function nextScheduledRun(schedule: string, timeZone: string, after: Date = new Date()): Date | null {
  if (cronProblem(schedule)) return null;
  return new Cron(schedule, { paused: true, timezone: timeZone }).nextRun(after);
}

const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

/** A schedule in words ("Every night at 2:00"), falling back to the expression for uncommon ones. */
export function describeSchedule(schedule: string | null, timeZone?: string): string {
  if (!schedule) return "Only when started";
  const zone = timeZone ? ` (${timeZone})` : "";
  const preset = SYNC_SCHEDULE_PRESETS.find((p) => p.cron === schedule.trim());
  if (preset) return `${preset.label}${zone}`;
  const [minute, hour, dom, month, dow] = schedule.trim().split(/\s+/);
  const isNumber = (v: string | undefined) => v !== undefined && /^\d+$/.test(v);
  const at = (h: string, m: string) => `${Number(h)}:${m.padStart(2, "0")}`;
  if (minute === "*" && hour === "*" && dom === "*" && month === "*" && dow === "*") return "Every minute";
  if (isNumber(minute) && hour === "*" && dom === "*" && month === "*" && dow === "*")
    return `Every hour at ${minute?.padStart(2, "0")} minutes past`;
  if (isNumber(minute) && isNumber(hour) && dom === "*" && month === "*") {
    if (dow === "*") return `Every day at ${at(hour as string, minute as string)}${zone}`;
    if (isNumber(dow)) return `Every ${WEEKDAYS[Number(dow)]} at ${at(hour as string, minute as string)}${zone}`;
  }
  return `On the schedule "${schedule.trim()}"${zone}`;
}

/** What staff send to add or change a sync. Settings are checked against the connector's schema. */
export const SyncSourceInputSchema = z
  .object({
    name: z
      .string({ error: "is required" })
      .trim()
      .min(1, { error: "is required" })
      .max(120, { error: "must be at most 120 characters" }),
    connector: z.enum(SYNC_CONNECTORS, {
      error: (issue) => `connector "${String(issue.input)}" is not known; use one of: ${SYNC_CONNECTORS.join(", ")}`,
    }),
    settings: z.record(z.string(), z.unknown()),
    schedule: SyncScheduleSchema,
    enabled: z.boolean().default(true),
  })
  .transform((input, ctx) => {
    const parsed = SYNC_SETTINGS_SCHEMAS[input.connector].safeParse(input.settings);
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        ctx.addIssue({ code: "custom", path: ["settings", ...issue.path], message: issue.message });
      return z.NEVER;
    }
    return { ...input, settings: parsed.data as Record<string, unknown> };
  });
export type SyncSourceInput = z.input<typeof SyncSourceInputSchema>;
export type ValidSyncSourceInput = z.output<typeof SyncSourceInputSchema>;

/** The zone a source's schedule is read in: its settings' zone, or UTC. */
export function syncScheduleZone(settings: unknown): string {
  const zone = (settings as { timeZone?: unknown } | null)?.timeZone;
  return typeof zone === "string" && isTimeZone(zone) ? zone : "UTC";
}
