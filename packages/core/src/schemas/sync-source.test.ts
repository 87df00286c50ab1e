import { describe, expect, it } from "vitest";
import { parseWith } from "../result.js";
import {
  cronProblem,
  describeSchedule,
  LegistarSyncSettingsSchema,
  nextScheduledRun,
  SyncSourceInputSchema,
  syncScheduleZone,
} from "./sync-source.js";

const legistar = { client: "chicago", apiBase: "https://webapi.legistar.com/v1", timeZone: "America/Chicago" };

describe("a sync's settings", () => {
  it("accepts a Legistar client and fills in the public API address", () => {
    const parsed = LegistarSyncSettingsSchema.parse({ client: "chicago", timeZone: "America/Chicago" });
    expect(parsed.apiBase).toBe("https://webapi.legistar.com/v1");
  });

  it("allows plain http only to this machine", () => {
    expect(LegistarSyncSettingsSchema.safeParse({ ...legistar, apiBase: "http://127.0.0.1:4000/v1" }).success).toBe(
      true,
    );
    expect(LegistarSyncSettingsSchema.safeParse({ ...legistar, apiBase: "http://localhost:4000" }).success).toBe(true);
    const remote = parseWith(SyncSourceInputSchema, {
      name: "Chicago",
      connector: "legistar",
      settings: { ...legistar, apiBase: "http://example.org/v1" },
      schedule: null,
    });
    expect(remote.ok).toBe(false);
    if (!remote.ok) expect(remote.issues[0]).toMatchObject({ path: "settings.apiBase" });
  });

  it("names each bad field in plain words", () => {
    const result = parseWith(SyncSourceInputSchema, {
      name: "",
      connector: "legistar",
      settings: { client: "chi cago", timeZone: "Mars/Olympus" },
      schedule: "every night",
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const byPath = Object.fromEntries(result.issues.map((i) => [i.path, i.message]));
    expect(byPath.name).toBe("is required");
    expect(byPath.schedule).toMatch(/five parts/);
    expect(result.issues.map((i) => i.path)).not.toContain("settings.client");
  });

  it("checks settings against the connector's own schema", () => {
    const result = parseWith(SyncSourceInputSchema, {
      name: "Chicago",
      connector: "legistar",
      settings: { client: "chi cago", timeZone: "Mars/Olympus" },
      schedule: null,
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => i.path).sort()).toEqual(["settings.client", "settings.timeZone"]);
    expect(result.issues.find((i) => i.path === "settings.timeZone")?.message).toBe(
      "must be a time zone like America/Chicago",
    );
    const unknown = parseWith(SyncSourceInputSchema, {
      name: "x",
      connector: "granicus",
      settings: {},
      schedule: null,
    });
    expect(unknown.ok).toBe(false);
    if (!unknown.ok) expect(unknown.issues[0]?.message).toMatch(/not known; use one of: legistar/);
  });
});

describe("a sync's schedule", () => {
  it("takes five-field cron expressions and refuses others", () => {
    expect(cronProblem("0 2 * * *")).toBeNull();
    expect(cronProblem("*/15 8-18 * * MON-FRI")).toBeNull();
    expect(cronProblem("0 0 2 * * *")).toMatch(/five parts/);
    expect(cronProblem("0 25 * * *")).toMatch(/not a schedule/);
    expect(cronProblem("0 2 L * *")).toBeNull();
    expect(cronProblem("0 2 * * 1#2")).toMatch(/may use only/);
  });

  it("computes the next run in the source's zone", () => {
    const next = nextScheduledRun("0 2 * * *", "America/Chicago", new Date("2026-12-04T12:00:00Z"));
    expect(next?.toISOString()).toBe("2026-12-05T08:00:00.000Z");
    expect(nextScheduledRun("nonsense", "UTC")).toBeNull();
    expect(syncScheduleZone(legistar)).toBe("America/Chicago");
    expect(syncScheduleZone({})).toBe("UTC");
  });

  it("says common schedules in words", () => {
    expect(describeSchedule(null)).toBe("Only when started");
    expect(describeSchedule("0 2 * * *", "America/Chicago")).toBe("Every night at 2:00 (America/Chicago)");
    expect(describeSchedule("30 6 * * *")).toBe("Every day at 6:30");
    expect(describeSchedule("5 * * * *")).toBe("Every hour at 05 minutes past");
    expect(describeSchedule("0 7 * * 3")).toBe("Every Wednesday at 7:00");
    expect(describeSchedule("0 7 1 * *")).toBe('On the schedule "0 7 1 * *"');
  });
});
