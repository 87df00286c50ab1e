// `npm run sync -- legistar --client <name> [--url <base>] [--token …] [--time-zone America/Chicago]
// [--since 2024-01-01T00:00:00] [--rate 4]`: syncs a Legistar client into DATABASE_URL, printing
// each batch as it is written and the run's report. The report's resume points are printed, not
// stored (runs and schedules come later): pass the matters' one back as --since.
import { parseArgs } from "node:util";
import { describeLegistarReport, LEGISTAR_API, LegistarClient, syncLegistar } from "@legible/connectors";
import { isTimeZone } from "@legible/core";
import {
  checkDatabaseReachable,
  createDatabase,
  createRepositories,
  DatabaseConfigError,
  describeDatabase,
  resolveDatabaseConfig,
} from "@legible/db";

const USAGE =
  "Usage: npm run sync -- legistar --client <name> [--url https://webapi.legistar.com/v1] [--token TOKEN] [--time-zone America/Chicago] [--since 2024-01-01T00:00:00] [--rate 4]";

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
