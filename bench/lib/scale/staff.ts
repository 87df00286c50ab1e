import { randomBytes } from "node:crypto";
import { createAdminAccount, resolveAuthSettings } from "@legible/api/accounts";
import type { Measure, VoteEvent } from "@legible/core";
import type { Database } from "@legible/db";
import { STAFF_AUTH_SECRET } from "./apps";
import { type Latency, latencyOf } from "./latency";
import { callStaff } from "./trpc-http";

export interface StaffAccount {
  email: string;
  password: string;
}

/** An admin account in the loaded database, made the way `npm run admin:create` makes one. */
export async function createBenchAdmin(database: Database, staffUrl: string): Promise<StaffAccount> {
  const account = { email: "bench-admin@example.org", password: randomBytes(18).toString("base64url") };
  const settings = resolveAuthSettings({ BETTER_AUTH_SECRET: STAFF_AUTH_SECRET, BETTER_AUTH_URL: staffUrl });
  await createAdminAccount(database, settings, { ...account, name: "Bench Admin" });
  return account;
}

/** Signs in through Better Auth's endpoint, as the sign-in form does; returns the session cookie. */
export async function signIn(staffUrl: string, account: StaffAccount): Promise<string> {
  const response = await fetch(`${staffUrl}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: staffUrl },
    body: JSON.stringify(account),
  });
  const cookie = response.headers
    .getSetCookie()
    .map((value) => value.split(";")[0])
    .join("; ");
  if (!response.ok || !cookie) throw new Error(`sign-in answered ${response.status}: ${await response.text()}`);
  return cookie;
}

/**
 * Saves the same record again and again, each save carrying the version the last one returned
 * (optimistic concurrency: an older version would be refused), and times each round trip.
 */
async function timedSaves<T extends { version?: number }>(
  save: (record: T) => Promise<T>,
  first: T,
  edit: (record: T, round: number) => T,
  rounds: number,
): Promise<Latency> {
  const samples: number[] = [];
  let record = first;
  for (let round = 0; round < rounds; round++) {
    const edited = edit(record, round);
    const started = performance.now();
    record = await save(edited);
    samples.push(performance.now() - started);
    if (record.version !== (edited.version ?? 0) + 1) throw new Error("a save did not move the version on by one");
  }
  return latencyOf(samples);
}

export interface StaffSaveTimes {
  measure: Latency;
  vote: Latency;
  rollCallSize: number;
}

/** Staff edits of a measure's abstract and of a vote's roll call, through the staff app's tRPC. */
export async function measureStaffSaves(
  staffUrl: string,
  cookie: string,
  ids: { measureId: string; voteId: string },
  rounds: number,
): Promise<StaffSaveTimes> {
  const call = <T>(procedure: string, input: unknown, kind: "query" | "mutation") =>
    callStaff<T>(staffUrl, cookie, procedure, input, kind);
  const measure = await call<Measure>("measures.get", { id: ids.measureId }, "query");
  const vote = await call<VoteEvent>("voteEvents.get", { id: ids.voteId }, "query");
  const rollCall = vote.rollCall ?? [];
  if (rollCall.length !== 15) throw new Error(`${ids.voteId} has a roll call of ${rollCall.length}, not 15`);

  const measureTimes = await timedSaves(
    (record) => call<Measure>("measures.update", record, "mutation"),
    measure,
    (record, round) => ({ ...record, abstract: `${measure.abstract} (Amended, revision ${round + 1}.)` }),
    rounds,
  );
  // Rotating the options among the members changes every name's vote but keeps the counts true.
  const voteTimes = await timedSaves(
    (record) => call<VoteEvent>("voteEvents.update", record, "mutation"),
    vote,
    (record) => {
      const members = record.rollCall ?? [];
      return {
        ...record,
        rollCall: members.map((entry, index) => ({
          ...entry,
          option: (members[(index + 1) % members.length] ?? entry).option,
        })),
      };
    },
    rounds,
  );
  return { measure: measureTimes, vote: voteTimes, rollCallSize: rollCall.length };
}
