import { AlertSubscribeInputSchema, type Measure } from "@legible/core";
import { createDatabase, createRepositories, type Database, type Repositories } from "@legible/db";
import { createTestDatabase, type TestDatabase, testProviders } from "@legible/db/test-support";
import nodemailer from "nodemailer";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createAlertQueue } from "./queue";
import { SUBSCRIBE_LIMIT, subscribeLimitKey, takeAllowance } from "./rate-limit";
import { MAX_ATTEMPTS, sendQueuedEmail, TransientSendError } from "./send";
import { confirmSubscription, deleteAddress, exportAddress, subscribe } from "./store";
import { type SmtpSink, startSmtpSink } from "./test-support/smtp-sink";
import { verifyAlertToken } from "./tokens";
import { queueDigests, scanChanges } from "./watcher";

// Email alerts on each database, with a real SMTP server (smtp-server) taking the mail: changes
// become alerts and digests grouped by what is followed, two workers send each email once, an
// address that keeps bouncing is paused, and subscribing is slowed per client.

const secret = "integration-test-secret-0123456789";
const siteUrl = "https://legible.test";
const staff = { id: "user-ed", name: "Ed Editor" };
const measure = (id: string, title: string): Measure => ({
  id,
  identifier: `CF ${id}`,
  title,
  classification: "ordinance",
  subjects: [],
  sponsors: [],
  textSections: [],
  relatedMeasures: [],
  sourceIds: [],
});

/** A header of a raw message, unfolded (long values are folded over several lines). */
function headerOf(raw: string | undefined, name: string): string {
  const unfolded = (raw ?? "").split(/\r?\n\r?\n/)[0]?.replace(/\r?\n[ \t]+/g, "") ?? "";
  return new RegExp(`^${name}:[ \\t]*(.*)$`, "mi").exec(unfolded)?.[1]?.trim() ?? "";
}

describe.each(testProviders())("email alerts on %s", (provider) => {
  let database: TestDatabase;
  let repositories: Repositories;
  let sink: SmtpSink;
  const settings = () => ({
    transport: nodemailer.createTransport(sink.url),
    siteUrl,
    secret,
    from: "Legible <alerts@legible.test>",
  });

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    repositories = createRepositories(database);
    sink = await startSmtpSink();
    await repositories.measures.create(measure("measure-rent", "Rent cap"), staff);
    await repositories.measures.create(measure("measure-parks", "Parks bond"), staff);
    // The watcher starts at the log's end.
    await scanChanges(database.prisma);
  });
  afterAll(async () => {
    await sink?.close();
    await database?.drop();
  });
  beforeEach(() => {
    sink.received.length = 0;
    sink.refuse.clear();
  });

  const rename = async (id: string, title: string) => {
    const stored = await repositories.measures.get(id);
    if (!stored) throw new Error(`no ${id}`);
    await repositories.measures.update({ ...stored, title }, staff);
  };

  const confirmed = async (
    email: string,
    scope: "measure" | "search",
    target: string,
    frequency: "immediate" | "daily",
    locale: "en" | "es" = "en",
  ) => {
    await subscribe(database.prisma, AlertSubscribeInputSchema.parse({ email, scope, target, frequency, locale }));
    const subscription = await database.prisma.alertSubscription.findFirstOrThrow({ where: { email, scope, target } });
    await confirmSubscription(database.prisma, subscription.id);
    return subscription;
  };

  const sendAll = async () => {
    const pending = await database.prisma.alertEmail.findMany({ where: { status: "pending" } });
    for (const email of pending) await sendQueuedEmail(database.prisma, email.id, settings()).catch(() => {});
  };

  it("sends a confirmation whose link confirms, and nothing else until then", async () => {
    const input = {
      email: "Ana@Example.org ",
      scope: "measure",
      target: "measure-rent",
      frequency: "immediate",
      locale: "es",
    };
    await subscribe(database.prisma, AlertSubscribeInputSchema.parse(input));
    await rename("measure-rent", "Rent cap (draft 1)");
    await scanChanges(database.prisma);
    await sendAll();
    const [confirmation] = await sink.waitFor(1);
    expect(confirmation?.to).toEqual(["ana@example.org"]);
    expect(confirmation?.parsed.subject).toBe("Confirme su alerta de Legible: la ley “Rent cap (draft 1)”");
    const link = /https:\/\/legible\.test\/es\/alerts\/confirm\?token=([^\s]+)/.exec(confirmation?.parsed.text ?? "");
    expect(link).not.toBeNull();
    const check = verifyAlertToken(secret, decodeURIComponent(link?.[1] ?? ""), ["confirm"]);
    expect(check.ok).toBe(true);
    // Unconfirmed, the change above was not sent.
    expect(sink.received).toHaveLength(1);
  });

  it("leaves a change younger than the settle time for a later scan, and the cursor before it", async () => {
    const email = "settle@example.org";
    await confirmed(email, "measure", "measure-parks", "immediate");
    await rename("measure-parks", "Parks bond (settling)");
    // Read a minute "ago": the change is too young, nothing is queued and nothing is skipped.
    expect(await scanChanges(database.prisma, { settleMs: 60_000 })).toEqual([]);
    const queued = await scanChanges(database.prisma, { settleMs: 60_000, now: new Date(Date.now() + 61_000) });
    expect(queued).toHaveLength(1);
    await sendAll();
    const alert = await database.prisma.alertEmail.findUniqueOrThrow({ where: { id: queued[0] ?? "" } });
    expect(alert.kind).toBe("alert");
    expect(alert.status).toBe("sent");
  });

  it("groups a day's changes into one digest per address, by what each subscription follows", async () => {
    const email = "daily@example.org";
    await confirmed(email, "measure", "measure-parks", "daily");
    await confirmed(email, "search", "rent", "daily");
    await rename("measure-parks", "Parks bond (amended)");
    await rename("measure-parks", "Parks bond (final)");
    await rename("measure-rent", "Rent cap (final)");
    await scanChanges(database.prisma);
    // Nothing immediate for daily subscriptions, and no digest before its hour.
    const before = new Date();
    expect(
      await queueDigests(
        database.prisma,
        new Date(Date.UTC(before.getUTCFullYear(), before.getUTCMonth(), before.getUTCDate(), 0)),
        23,
      ),
    ).toEqual([]);
    const tomorrow = new Date(Date.now() + 24 * 3600_000);
    const queued = await queueDigests(database.prisma, tomorrow, 0);
    expect(queued).toHaveLength(1);
    // A second machine making the day's digests finds it made.
    expect(await queueDigests(database.prisma, tomorrow, 0)).toEqual([]);
    await sendAll();
    const digests = await sink.waitFor(1, (each) => each.to.includes(email));
    expect(digests).toHaveLength(1);
    const text = digests[0]?.parsed.text ?? "";
    expect(digests[0]?.parsed.subject).toBe("Legible: today's changes (3)");
    const parks = text.indexOf("You follow the law “Parks bond (final)”");
    const search = text.indexOf("You follow the search “rent”");
    expect(parks).toBeGreaterThanOrEqual(0);
    expect(search).toBeGreaterThan(parks);
    expect(text.slice(parks, search)).toContain("now “Parks bond (amended)”");
    expect(text.slice(parks, search)).toContain("now “Parks bond (final)”");
    expect(text.slice(search)).toContain("now “Rent cap (final)”");
    expect(headerOf(digests[0]?.raw, "List-Unsubscribe-Post")).toBe("List-Unsubscribe=One-Click");
    const unsubscribe = headerOf(digests[0]?.raw, "List-Unsubscribe");
    const token = /token=([^>\s]+)/.exec(unsubscribe)?.[1];
    expect(verifyAlertToken(secret, decodeURIComponent(token ?? ""), ["unsubscribe-daily"]).ok).toBe(true);
  });

  it("two workers on one database send an alert once", async () => {
    const email = "twice@example.org";
    await confirmed(email, "measure", "measure-rent", "immediate");
    // A second machine: its own connection on PostgreSQL (and its own pg-boss); SQLite is one
    // machine by design (one connection per process), so there both workers share it.
    const second: Database = provider === "postgresql" ? await createDatabase(database.config) : database;
    const queues = [database, second].map((each) =>
      createAlertQueue(each, { ...settings(), tickMs: 100, pollingIntervalSeconds: 0.5, settleMs: 0, log: () => {} }),
    );
    try {
      await Promise.all(queues.map((queue) => queue.start()));
      await rename("measure-rent", "Rent cap (sent once)");
      await Promise.all(queues.map((queue) => queue.tick()));
      await Promise.all(queues.map((queue) => queue.tick()));
      const alerts = await sink.waitFor(1, (each) => each.to.includes(email));
      // Give a double send time to show.
      await new Promise((resolve) => setTimeout(resolve, 3_000));
      expect(sink.received.filter((each) => each.to.includes(email))).toHaveLength(1);
      expect(alerts[0]?.parsed.subject).toBe("Legible: the law “Rent cap (sent once)” changed");
      expect(alerts[0]?.parsed.text).toContain("Title: was “Rent cap (final)”, now “Rent cap (sent once)”");
      expect(alerts[0]?.parsed.text).toContain(`${siteUrl}/measures/measure-rent`);
      // The footer's link opens a page with a button: a GET never unsubscribes.
      expect(alerts[0]?.parsed.text).toMatch(/Stop this alert: https:\/\/legible\.test\/alerts\/unsubscribe\?token=/);
      expect(headerOf(alerts[0]?.raw, "List-Unsubscribe-Post")).toBe("List-Unsubscribe=One-Click");
      expect(headerOf(alerts[0]?.raw, "List-Unsubscribe")).toMatch(
        /^<https:\/\/legible\.test\/alerts\/unsubscribe\/one-click\?token=[^>]+>$/,
      );
    } finally {
      await Promise.all(queues.map((queue) => queue.stop()));
      if (second !== database) await second.close();
    }
  });

  it("pauses an address after repeated permanent failures, and sends it nothing more", async () => {
    const email = "gone@example.org";
    await confirmed(email, "measure", "measure-parks", "immediate");
    sink.refuse.add(email);
    for (let n = 1; n <= 4; n++) {
      await rename("measure-parks", `Parks bond (bounce ${n})`);
      await scanChanges(database.prisma);
      await sendAll();
    }
    const address = await database.prisma.alertAddress.findUniqueOrThrow({ where: { email } });
    expect(address.bounces).toBe(3);
    expect(address.pausedAt).not.toBeNull();
    const emails = await database.prisma.alertEmail.findMany({
      where: { email, kind: "alert" },
      orderBy: { createdAt: "asc" },
    });
    expect(emails.map((each) => each.status)).toEqual(["failed", "failed", "failed", "paused"]);
    expect(emails[0]?.error).not.toContain(email);
  });

  it("retries a failure that is not permanent, up to its limit", async () => {
    const email = "later@example.org";
    await confirmed(email, "measure", "measure-rent", "immediate");
    await rename("measure-rent", "Rent cap (retry)");
    await scanChanges(database.prisma);
    const alert = await database.prisma.alertEmail.findFirstOrThrow({ where: { email, kind: "alert" } });
    const down = { ...settings(), transport: nodemailer.createTransport("smtp://127.0.0.1:9") };
    await expect(sendQueuedEmail(database.prisma, alert.id, down)).rejects.toBeInstanceOf(TransientSendError);
    expect((await database.prisma.alertEmail.findUniqueOrThrow({ where: { id: alert.id } })).status).toBe("pending");
    expect(await sendQueuedEmail(database.prisma, alert.id, settings())).toBe("sent");
    expect(await sendQueuedEmail(database.prisma, alert.id, settings())).toBe("skipped");
    expect(MAX_ATTEMPTS).toBeGreaterThan(1);
  });

  it("exports and deletes everything kept about an address", async () => {
    const subscription = await confirmed("mine@example.org", "measure", "measure-rent", "daily", "es");
    const exported = await exportAddress(database.prisma, subscription.id);
    expect(exported).toMatchObject({
      email: "mine@example.org",
      subscriptions: [{ follows: { scope: "measure", target: "measure-rent" }, language: "es", frequency: "daily" }],
    });
    expect(await deleteAddress(database.prisma, subscription.id)).toBe(true);
    expect(await database.prisma.alertSubscription.count({ where: { email: "mine@example.org" } })).toBe(0);
    expect(await database.prisma.alertEmail.count({ where: { email: "mine@example.org" } })).toBe(0);
  });

  it("slows a flood of subscribe requests from one client, not from others", async () => {
    const flood = subscribeLimitKey("203.0.113.9");
    const results: boolean[] = [];
    for (let n = 0; n < SUBSCRIBE_LIMIT.max + 3; n++)
      results.push(await takeAllowance(database.prisma, flood, SUBSCRIBE_LIMIT));
    expect(results.filter(Boolean)).toHaveLength(SUBSCRIBE_LIMIT.max);
    expect(results.at(-1)).toBe(false);
    expect(await takeAllowance(database.prisma, subscribeLimitKey("198.51.100.1"), SUBSCRIBE_LIMIT)).toBe(true);
    const later = Date.now() + SUBSCRIBE_LIMIT.windowSeconds * 1000 + 1;
    expect(await takeAllowance(database.prisma, flood, SUBSCRIBE_LIMIT, later)).toBe(true);
  });
});
