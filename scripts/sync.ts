// `npm run sync -- <sync id or name>`: runs a sync stored in the staff app's Syncs through the same
// runner as its schedule (the run, its progress, report and resume points are stored), printing
// each batch as it is written and the report.
// `npm run sync -- legistar --client <name> [--url <base>] [--token …] [--time-zone America/Chicago]
// [--since 2024-01-01T00:00:00] [--rate 4]`: syncs a Legistar client without a stored sync,
// printing the report; its resume points are printed, not stored: pass the matters' one as --since.
import { parseArgs } from "node:util";
import {
  type ConnectorReport,
  describeLegistarReport,
  LEGISTAR_API,
  LegistarClient,
  type LegistarSyncReport,
  runSyncSource,
  syncLegistar,
} from "@legible/connectors";
import { isTimeZone } from "@legible/core";
import {
  checkDatabaseReachable,
  createDatabase,
  createRepositories,
  DatabaseConfigError,
  describeDatabase,
  resolveDatabaseConfig,
} from "@legible/db";

const USAGE = [
  "Usage: npm run sync -- <sync id or name>   (a sync added in the staff app's Syncs)",
  "       npm run sync -- legistar --client <name> [--url https://webapi.legistar.com/v1] [--token TOKEN] [--time-zone America/Chicago] [--since 2024-01-01T00:00:00] [--rate 4]",
].join("\n");

/** Runs a stored sync through the runner, as its schedule would; the run is kept with its report. */
async function runStored(idOrName: string): Promise<number> {
  const database = await createDatabase(resolveDatabaseConfig());
  try {
    await checkDatabaseReachable(database);
    const repositories = createRepositories(database);
    const source = await repositories.syncSources.find(idOrName);
    if (!source) {
      console.error(`sync: no sync has the id or name "${idOrName}". Syncs on record:`);
      for (const s of await repositories.syncSources.list()) console.error(`  ${s.id}  (${s.name})`);
      return 1;
    }
    console.log(
      `sync: running "${source.name}" (${source.id}, ${source.connector}) into ${describeDatabase(database.config)}`,
    );
    const started = Date.now();
    const run = await runSyncSource(source.id, {
      repositories,
      trigger: "command",
      requestedBy: process.env.USER ?? null,
      onProgress: (line) => console.log(`sync: [${((Date.now() - started) / 1000).toFixed(1)} s] ${line}`),
    });
    if (!run) {
      console.error("sync: another machine took this run; see the sync's page in the staff app.");
      return 1;
    }
    const report = run.report as Partial<ConnectorReport> | null;
    if (source.connector === "legistar" && report?.kinds)
      for (const line of describeLegistarReport(report as LegistarSyncReport)) console.log(`sync: ${line}`);
    if (run.error) console.error(`sync: ${run.error}`);
    console.log(`sync: run ${run.id} ${run.status}`);
    return run.status === "succeeded" ? 0 : 1;
  } finally {
    await database.close();
  }
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      client: { type: "string" },
      url: { type: "string" },
      token: { type: "string" },
      "time-zone": { type: "string" },
      since: { type: "string" },
      rate: { type: "string" },
    },
  });
  if (positionals.length === 1 && positionals[0] !== "legistar" && Object.keys(values).length === 0)
    return runStored(positionals[0] as string);
  if (positionals[0] !== "legistar" || !values.client) {
    console.error(USAGE);
    return 1;
  }
  const timeZone = values["time-zone"] ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (!isTimeZone(timeZone)) {
    console.error(`sync: --time-zone "${timeZone}" is not a time zone like America/Chicago`);
    return 1;
  }
  if (values.since && Number.isNaN(Date.parse(values.since))) {
    console.error(`sync: --since "${values.since}" is not a date-time like 2024-01-01T00:00:00`);
    return 1;
  }
  const rate = values.rate ? Number(values.rate) : undefined;
  if (rate !== undefined && !(rate > 0)) {
    console.error("sync: --rate must be a number of requests per second above 0");
    return 1;
  }
  const client = new LegistarClient({
    client: values.client,
    baseUrl: values.url ?? LEGISTAR_API,
    ...(values.token ? { token: values.token } : {}),
    ...(rate ? { requestsPerSecond: rate } : {}),
  });
  const database = await createDatabase(resolveDatabaseConfig());
  try {
    await checkDatabaseReachable(database);
    console.log(
      `sync: Legistar client ${client.client} at ${client.baseUrl} into ${describeDatabase(database.config)}, times in ${timeZone}${values["time-zone"] ? "" : " (this machine's zone; pass --time-zone for the client's)"}${values.since ? `, changes since ${values.since}` : ""}`,
    );
    const report = await syncLegistar({
      repositories: createRepositories(database),
      client,
      settings: { timeZone },
      ...(values.since ? { since: values.since } : {}),
      onProgress: (line) => console.log(`sync: ${line}`),
    });
    for (const line of describeLegistarReport(report)) console.log(`sync: ${line}`);
    return report.ok ? 0 : 1;
  } finally {
    await database.close();
  }
}

try {
  process.exitCode = await main();
} catch (error) {
  if (error instanceof DatabaseConfigError || (error instanceof Error && /client name/.test(error.message))) {
    console.error(`sync: ${error.message}`);
    process.exitCode = 1;
  } else {
    throw error;
  }
}
