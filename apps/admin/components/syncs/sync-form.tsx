"use client";

import { describeSchedule, type Issue, parseWith, SYNC_SCHEDULE_PRESETS, SyncSourceInputSchema } from "@legible/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { readSaveFailure } from "@/lib/form-kit/save-failure";
import { useTRPC } from "@/lib/trpc";
import { SyncField } from "./sync-field";
import type { SyncView } from "./sync-types";
import { syncHref } from "./sync-types";

/** Field labels by the path core names in its messages. */
const LABELS: Record<string, string> = {
  name: "Name",
  connector: "Reads from",
  "settings.client": "Legistar client name",
  "settings.apiBase": "API address",
  "settings.token": "API token",
  "settings.timeZone": "Time zone",
  "settings.requestsPerSecond": "Requests per second",
  "settings.folder": "Folder",
  schedule: "Schedule",
};

/** A connector's settings as plain fields, in the order the form asks for them. */
interface SettingField {
  name: string;
  hint: string;
  type?: "text" | "password" | "number";
  /** What a new sync starts with. */
  fallback?: string;
  required?: boolean;
}

function settingFields(connector: string, sync: SyncView | undefined): SettingField[] {
  if (connector !== "legistar") {
    return [
      { name: "folder", hint: "The folder of files on the server.", required: true },
      { name: "timeZone", hint: "Optional, like America/Chicago." },
    ];
  }
  return [
    {
      name: "client",
      hint: "As in the client's Legistar addresses: chicago for chicago.legistar.com.",
      required: true,
    },
    {
      name: "apiBase",
      hint: "Usually https://webapi.legistar.com/v1.",
      fallback: "https://webapi.legistar.com/v1",
      required: true,
    },
    {
      name: "token",
      type: "password",
      // A saved token is never sent back to the page; blank keeps it.
      hint: sync?.hasToken
        ? "A token is saved. Leave this blank to keep it."
        : "Only if the client gave you one; leave blank otherwise.",
    },
    {
      name: "timeZone",
      hint: "Where the council meets, like America/Chicago. Legistar's times are read in it.",
      fallback: "America/Chicago",
      required: true,
    },
    { name: "requestsPerSecond", type: "number", hint: "How fast to ask Legistar. Leave blank for 4 a second." },
  ];
}

const CUSTOM = "custom";
const MANUAL = "";

/** Adds a sync, or changes one (`sync` given): plain fields per connector, never JSON. */
export function SyncForm({ sync }: { sync?: SyncView }) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const options = useQuery(trpc.syncs.options.queryOptions());
  const presets = SYNC_SCHEDULE_PRESETS;
  const initialSchedule = sync?.schedule ?? (sync ? MANUAL : "0 2 * * *");
  const [connector, setConnector] = useState(sync?.connector ?? "legistar");
  const [scheduleChoice, setScheduleChoice] = useState(
    initialSchedule === MANUAL || presets.some((p) => p.cron === initialSchedule) || !sync ? initialSchedule : CUSTOM,
  );
  const [customCron, setCustomCron] = useState(scheduleChoice === CUSTOM ? initialSchedule : "");
  const [issues, setIssues] = useState<Issue[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const settings = (sync?.settings ?? {}) as Record<string, unknown>;
  const text = (key: string, fallback = "") => (typeof settings[key] === "string" ? String(settings[key]) : fallback);

  const done = async (saved: { id: string }) => {
    await queryClient.invalidateQueries(trpc.syncs.pathFilter());
    router.push(syncHref(saved.id));
  };
  const onError = (error: unknown) => {
    const read = readSaveFailure(error);
    setIssues(read.issues);
    setFailure(read.code === "CONFLICT" ? `${read.message}` : read.message);
  };
  const create = useMutation(trpc.syncs.create.mutationOptions({ onSuccess: done, onError }));
  const update = useMutation(trpc.syncs.update.mutationOptions({ onSuccess: done, onError }));
  const pending = create.isPending || update.isPending;

  const schedule = scheduleChoice === CUSTOM ? customCron.trim() : scheduleChoice;
  const zoneForWords = text("timeZone");

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const value = (key: string) => String(form.get(key) ?? "").trim();
    const rate = value("requestsPerSecond");
    const connectorSettings: Record<string, unknown> =
      connector === "legistar"
        ? {
            client: value("client"),
            apiBase: value("apiBase"),
            timeZone: value("timeZone"),
            ...(value("token") ? { token: value("token") } : {}),
            ...(rate ? { requestsPerSecond: Number(rate) } : {}),
          }
        : { folder: value("folder"), ...(value("timeZone") ? { timeZone: value("timeZone") } : {}) };
    const input = {
      name: value("name"),
      connector: connector as "legistar",
      settings: connectorSettings,
      schedule: schedule === MANUAL ? null : schedule,
      enabled: form.get("enabled") === "on",
    };
    // On edit the token may be left blank (the stored one stays): check everything else here.
    const checked = parseWith(SyncSourceInputSchema, input);
    setFailure(null);
    if (!checked.ok) {
      setIssues(checked.issues);
      return;
    }
    setIssues([]);
    if (sync) update.mutate({ id: sync.id, version: sync.version, sync: input });
    else create.mutate(input);
  }

  const errorFor = (path: string) => issues.find((issue) => issue.path === path)?.message;
  const field = (path: string) => ({ path, label: LABELS[path] ?? path, error: errorFor(path) });

  return (
    <form onSubmit={submit} noValidate className="mt-6 max-w-xl space-y-5">
      {issues.length > 0 && (
        <div role="alert" className="rounded-card border border-error p-3">
          <p className="font-bold text-error">Some fields need fixing:</p>
          <ul className="list-disc pl-5">
            {issues.map((issue) => (
              <li key={`${issue.path}:${issue.message}`}>
                {LABELS[issue.path] ?? issue.path} {issue.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      <SyncField {...field("name")} name="name" defaultValue={sync?.name ?? ""} required />
      <div>
        <label htmlFor="sync-connector" className="block font-bold">
          Reads from
        </label>
        <select
          id="sync-connector"
          value={connector}
          disabled={Boolean(sync)}
          onChange={(event) => setConnector(event.target.value)}
          className="mt-1 rounded border border-muted bg-paper px-3 py-2"
        >
          {(options.data?.connectors ?? [{ name: "legistar", label: "Legistar" }]).map((c) => (
            <option key={c.name} value={c.name}>
              {c.label}
            </option>
          ))}
        </select>
      </div>
      {settingFields(connector, sync).map((setting) => (
        <SyncField
          key={`${connector}-${setting.name}`}
          {...field(`settings.${setting.name}`)}
          name={setting.name}
          type={setting.type}
          hint={setting.hint}
          defaultValue={
            setting.name === "requestsPerSecond"
              ? typeof settings.requestsPerSecond === "number"
                ? String(settings.requestsPerSecond)
                : ""
              : setting.name === "token"
                ? ""
                : text(setting.name, setting.fallback)
          }
          required={setting.required}
        />
      ))}
      <fieldset>
        <legend className="font-bold">Schedule</legend>
        <label htmlFor="sync-schedule" className="sr-only">
          Schedule
        </label>
        <select
          id="sync-schedule"
          value={scheduleChoice}
          onChange={(event) => setScheduleChoice(event.target.value)}
          aria-describedby="sync-schedule-words"
          className="mt-1 rounded border border-muted bg-paper px-3 py-2"
        >
          {presets.map((preset) => (
            <option key={preset.cron} value={preset.cron}>
              {preset.label}
            </option>
          ))}
          <option value={MANUAL}>Only when started</option>
          <option value={CUSTOM}>Custom (cron expression)</option>
        </select>
        {scheduleChoice === CUSTOM && (
          <div className="mt-2">
            <label htmlFor="sync-cron" className="block">
              Cron expression
            </label>
            <p id="sync-cron-hint" className="text-muted">
              Five parts: minute, hour, day of the month, month, day of the week. 30 6 * * 1-5 is 6:30 on weekdays.
            </p>
            <input
              id="sync-cron"
              value={customCron}
              onChange={(event) => setCustomCron(event.target.value)}
              aria-describedby={`sync-cron-hint${errorFor("schedule") ? " sync-schedule-error" : ""}`}
              aria-invalid={errorFor("schedule") ? true : undefined}
              className="mt-1 w-full rounded border border-muted px-3 py-2 font-mono"
            />
          </div>
        )}
        <p id="sync-schedule-words" className="mt-1 text-muted">
          {describeSchedule(schedule === MANUAL ? null : schedule, zoneForWords || undefined)}
        </p>
        {errorFor("schedule") && (
          <p id="sync-schedule-error" className="font-bold text-error">
            Schedule {errorFor("schedule")}
          </p>
        )}
      </fieldset>
      <div className="flex items-center gap-2">
        <input id="sync-enabled" name="enabled" type="checkbox" defaultChecked={sync?.enabled ?? true} />
        <label htmlFor="sync-enabled">Switched on (runs on its schedule; off: only when started)</label>
      </div>
      <div role="status">{failure && <p className="font-bold text-error">{failure}</p>}</div>
      <button
        type="submit"
        disabled={pending}
        className="rounded bg-primary px-5 py-2 font-bold text-paper hover:bg-primary-dark disabled:opacity-70"
      >
        {pending ? "Saving…" : sync ? "Save changes" : "Add sync"}
      </button>
    </form>
  );
}
