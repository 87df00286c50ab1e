import { parseArgs } from "node:util";
import type { LegistarSyncReport } from "@legible/connectors";
import { generateLegistarData, startLegistarServer } from "@legible/connectors/test-support";
import { legistarId } from "@legible/core";
import { createDatabase, createRepositories, type DatabaseProvider, findProjectRoot } from "@legible/db";
import { describeMachine } from "./lib/machine";
import { saveResults } from "./lib/results";
import { type DatabaseHost, openHost } from "./lib/scale/databases";
import { type SyncOutcome, syncInChild } from "./lib/sync/child";
import { renderReport, type SizeRun, type SyncResults, type SyncTimes, TARGETS } from "./lib/sync/report";
import { type ChangedVote, changeMatters } from "./lib/sync/upstream";

/** Council members voting in every roll call: with one roll call per matter, 10 votes a matter. */
const MEMBERS = 10;
/** Matters per council meeting, as the generated meetings' agendas carry them. */
const MATTERS_PER_MEETING = 50;
/** The share of matters changed before the incremental sync. */
const CHANGED_SHARE = 0.01;

const root = findProjectRoot();

function say(line: string) {
  console.log(`bench:sync: ${line}`);
}

function options() {
  const { values } = parseArgs({
    options: {
      matters: { type: "string", default: "10000" },
      databases: { type: "string", default: "sqlite,postgresql" },
      seed: { type: "string", default: "1" },
      "max-old-space": { type: "string", default: "512" },
      // Legistar's own cap is 1000 rows a page, and the sync writes a page in one transaction.
      "page-cap": { type: "string", default: "1000" },
    },
  });
  const matters = Number(values.matters);
  if (!Number.isInteger(matters) || matters < 100) throw new Error("--matters: a whole number, 100 or more");
  const databases = (values.databases ?? "").split(",").map((name) => {
    if (name !== "sqlite" && name !== "postgresql")
      throw new Error(`unknown database "${name}"; use sqlite, postgresql`);
    return name as DatabaseProvider;
  });
  return {
    // A quarter and the whole: four times the data, for the memory and time ratios.
    sizes: [Math.round(matters / 4), matters],
    databases,
    seed: Number(values.seed),
    maxOldSpaceMiB: Number(values["max-old-space"]),
    pageCap: Number(values["page-cap"]),
  };
}

function times(outcome: SyncOutcome): SyncTimes {
  const { report } = outcome;
  return {
    seconds: report.durationMs / 1000,
    recordsWritten: Object.values(report.kinds).reduce((sum, c) => sum + c.created + c.updated, 0),
    requests: report.requests,
    httpSeconds: outcome.httpMs / 1000,
    memory: outcome.memory,
  };
}

/** A bench that measured a sync which wrote the wrong things would be measuring nothing. */
function assertSynced(
  report: LegistarSyncReport,
  what: string,
  expect: Partial<Record<string, [string, number]>>,
  atLeast: Partial<Record<string, [string, number]>> = {},
) {
  if (!report.ok) throw new Error(`${what} failed: ${report.error?.request ?? ""} ${report.error?.reason ?? ""}`);
  if (report.quarantined.length > 0) {
    throw new Error(`${what} quarantined ${report.quarantined.length} values, first ${report.quarantined[0]?.place}`);
  }
  for (const [kind, [field, wanted] = ["", 0]] of Object.entries(expect)) {
    const counts = report.kinds[kind as keyof LegistarSyncReport["kinds"]] as unknown as Record<string, number>;
    if (counts[field] !== wanted) throw new Error(`${what}: ${kind} ${field} ${counts[field]}, expected ${wanted}`);
  }
  for (const [kind, [field, least] = ["", 0]] of Object.entries(atLeast)) {
    const counts = report.kinds[kind as keyof LegistarSyncReport["kinds"]] as unknown as Record<string, number>;
    if ((counts[field] ?? 0) < least)
      throw new Error(`${what}: ${kind} ${field} ${counts[field]}, expected ${least} or more`);
  }
}

/** The changed votes are stored as changed, read back from the database. */
async function assertChangesStored(
  host: DatabaseHost,
  config: Parameters<DatabaseHost["drop"]>[0],
  client: string,
  changed: ChangedVote[],
) {
  const database = await createDatabase(config);
  try {
    const repositories = createRepositories(database);
    for (const change of [changed[0], changed.at(-1)]) {
      if (!change) continue;
      const vote = await repositories.voteEvents.get(legistarId(client, "vote", change.eventItemId));
      const entry = vote?.rollCall?.find((e) => e.personId === legistarId(client, "person", change.personId));
      const wanted = change.value === "Yea" ? "yes" : "no";
      if (entry?.option !== wanted) {
        throw new Error(
          `${host.provider}: vote ${change.eventItemId} of ${change.personId} is ${entry?.option}, expected ${wanted}`,
        );
      }
    }
  } finally {
    await database.close();
  }
}

async function runSize(
  host: DatabaseHost,
  matters: number,
  { seed, maxOldSpaceMiB, pageCap }: { seed: number; maxOldSpaceMiB: number; pageCap: number },
): Promise<SizeRun> {
  const events = Math.max(4, Math.round(matters / MATTERS_PER_MEETING));
  const data = generateLegistarData({ seed, matters, events, members: MEMBERS });
  const individualVotes = [...data.votes.values()].reduce((sum, votes) => sum + votes.length, 0);
  const server = await startLegistarServer({ data, pageCap });
  const { config, database } = await host.fresh(`sync_${matters}`);
  await database.close();
  try {
    const job = { config, baseUrl: server.baseUrl, client: server.client };
    say(`${host.provider} ${matters} matters (${individualVotes} individual votes): full sync…`);
    const full = await syncInChild(job, maxOldSpaceMiB);
    assertSynced(full.report, "the full sync", {
      measures: ["created", matters],
      // Each matter's committee recommendation (a tally) and council roll call.
      voteEvents: ["created", 2 * matters],
    });
    const fullTimes = times(full);
    say(
      `  ${fullTimes.seconds.toFixed(1)} s, ${fullTimes.recordsWritten} records, peak RSS ${fullTimes.memory.peakRssMiB.toFixed(0)} MiB`,
    );

    const changed = changeMatters(server, CHANGED_SHARE);
    say(`${host.provider} ${matters} matters: incremental sync after ${changed.length} matters changed…`);
    const incremental = await syncInChild({ ...job, since: full.report.resumeFrom }, maxOldSpaceMiB);
    // At least the changed roll calls are updated; the matter the resume point re-reads may be
    // too, when its records carry when they were read.
    assertSynced(
      incremental.report,
      "the incremental sync",
      { measures: ["created", 0], voteEvents: ["created", 0] },
      { voteEvents: ["updated", changed.length] },
    );
    await assertChangesStored(host, config, server.client, changed);
    const incrementalTimes = times(incremental);
    say(
      `  ${incrementalTimes.seconds.toFixed(2)} s (${((100 * incrementalTimes.seconds) / fullTimes.seconds).toFixed(1)}% of the full sync)`,
    );
    return {
      provider: host.provider,
      matters,
      events,
      members: MEMBERS,
      individualVotes,
      full: fullTimes,
      changedMatters: changed.length,
      incremental: incrementalTimes,
    };
  } finally {
    await server.close();
    await host.drop(config);
  }
}

async function main() {
  const { sizes, databases, ...settings } = options();
  const runs: SizeRun[] = [];
  for (const provider of databases) {
    const host = await openHost(provider, root);
    try {
      for (const matters of sizes) runs.push(await runSize(host, matters, settings));
    } finally {
      host.stop();
    }
  }
  const results: SyncResults = {
    measuredAt: new Date().toISOString(),
    machine: describeMachine(),
    ...settings,
    runs,
    targets: TARGETS,
  };
  saveResults("sync", results, renderReport(results));
}

await main();
