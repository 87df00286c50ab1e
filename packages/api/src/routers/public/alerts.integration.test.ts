import { signAlertToken } from "@legible/alerts";
import { createRepositories, type Repositories, seedDatabase } from "@legible/db";
import { createTestDatabase, type TestDatabase, testProviders } from "@legible/db/test-support";
import type { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createContext } from "../../context";
import { CLIENT_ADDRESS_HEADER } from "../../http/client-address";
import { handlePublicRequest } from "../../server";
import { createCallerFactory } from "../../trpc";
import { publicRouter } from "./index";

// The alerts procedures as the site's forms call them: the same answer for any address, 429 after
// a flood from one client, and link problems as states a page can explain.

const caller = createCallerFactory(publicRouter);
const secret = "router-test-secret-0123456789";
const ORDINANCE = "measure-sanctuary-ordinance";

describe.each(testProviders())("the alerts procedures on %s", (provider) => {
  let database: TestDatabase;
  let repositories: Repositories;
  const api = (clientAddress: string | null = "192.0.2.1") =>
    caller(createContext({ repositories, alerts: { prisma: database.prisma, secret, clientAddress } })).alerts;
  const follow = (email: string, clientAddress?: string) =>
    api(clientAddress).subscribe({ email, scope: "measure", target: ORDINANCE, frequency: "immediate", locale: "en" });

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    repositories = createRepositories(database);
    await seedDatabase(database);
  });
  afterAll(async () => {
    await database?.drop();
  });

  it("answers a new address, a known one and a confirmed one alike", async () => {
    const first = await follow("new@example.org", "192.0.2.10");
    const again = await follow("new@example.org", "192.0.2.10");
    const subscription = await database.prisma.alertSubscription.findFirstOrThrow({
      where: { email: "new@example.org" },
    });
    await api().confirm({ token: signAlertToken(secret, "confirm", subscription.id) });
    const confirmed = await follow("new@example.org", "192.0.2.10");
    expect([first, again, confirmed]).toEqual([{ received: true }, { received: true }, { received: true }]);
    // Asking again re-sends the confirmation; once confirmed, nothing more is sent.
    expect(await database.prisma.alertEmail.count({ where: { email: "new@example.org", kind: "confirm" } })).toBe(2);
  });

  it("refuses a flood from one client with TOO_MANY_REQUESTS, not another client", async () => {
    const answers: string[] = [];
    for (let n = 0; n < 7; n++) {
      answers.push(
        await follow(`flood-${n}@example.org`, "198.51.100.7").then(
          () => "ok",
          (error: TRPCError) => error.code,
        ),
      );
    }
    expect(answers).toEqual(["ok", "ok", "ok", "ok", "ok", "TOO_MANY_REQUESTS", "TOO_MANY_REQUESTS"]);
    await expect(follow("other@example.org", "198.51.100.8")).resolves.toEqual({ received: true });
  });

  it("refuses something that does not exist, and bad input, without saving anything", async () => {
    await expect(
      api("192.0.2.20").subscribe({
        email: "x@example.org",
        scope: "measure",
        target: "measure-nope",
        frequency: "daily",
        locale: "es",
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      api("192.0.2.20").subscribe({
        email: "not an address",
        scope: "measure",
        target: ORDINANCE,
        frequency: "daily",
        locale: "es",
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await database.prisma.alertSubscription.count({ where: { email: "x@example.org" } })).toBe(0);
  });

  it("says what is wrong with a forged, expired, mistaken or stale link", async () => {
    await follow("links@example.org", "192.0.2.30");
    const subscription = await database.prisma.alertSubscription.findFirstOrThrow({
      where: { email: "links@example.org" },
    });
    const manage = signAlertToken(secret, "manage", subscription.id);
    expect(await api().manage({ token: `${manage.slice(0, -2)}xx` })).toEqual({ state: "invalid", problem: "forged" });
    const old = signAlertToken(secret, "manage", subscription.id, new Date(Date.now() - 61 * 24 * 3600_000));
    expect(await api().manage({ token: old })).toEqual({ state: "invalid", problem: "expired" });
    expect(await api().confirm({ token: manage })).toEqual({ state: "invalid", problem: "wrong-purpose" });
    expect(await api().manage({ token: manage })).toMatchObject({
      state: "ok",
      subscriptions: [
        { id: subscription.id, frequency: "immediate", confirmed: false, path: `/measures/${ORDINANCE}` },
      ],
    });
    const unsubscribe = signAlertToken(secret, "unsubscribe", subscription.id);
    expect(await api().unsubscribe({ token: unsubscribe })).toEqual({ state: "done" });
    // A second click is still done; the manage link now finds nothing.
    expect(await api().unsubscribe({ token: unsubscribe })).toEqual({ state: "done" });
    expect(await api().manage({ token: manage })).toEqual({ state: "invalid", problem: "gone" });
  });

  it("is switched off without the alerts' secret", async () => {
    await expect(
      caller(createContext({ repositories })).alerts.subscribe({
        email: "a@example.org",
        scope: "search",
        target: "rent",
        frequency: "daily",
        locale: "en",
      }),
    ).rejects.toMatchObject({ code: "PRECONDITION_FAILED" });
  });

  it("takes a subscription through /api/trpc, counting the caller's address the site's server wrote", async () => {
    const storage = globalThis as unknown as { legibleStorage?: Promise<unknown> };
    const previous = { storage: storage.legibleStorage, secret: process.env.LEGIBLE_ALERTS_SECRET };
    storage.legibleStorage = Promise.resolve({ database, repositories });
    process.env.LEGIBLE_ALERTS_SECRET = secret;
    const post = (n: number, clientAddress: string) =>
      handlePublicRequest(
        new Request("http://site.test/api/trpc/alerts.subscribe", {
          method: "POST",
          headers: { "content-type": "application/json", [CLIENT_ADDRESS_HEADER]: clientAddress },
          body: JSON.stringify({
            email: `api-${n}@example.org`,
            scope: "search",
            target: "rent",
            frequency: "daily",
            locale: "en",
          }),
        }),
      ).then((response) => response.status);
    try {
      const statuses: number[] = [];
      for (let n = 0; n < 6; n++) statuses.push(await post(n, "203.0.113.70"));
      expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
      // Another caller has a limit of its own, not one bucket shared by everyone outside the site.
      expect(await post(6, "203.0.113.71")).toBe(200);
    } finally {
      storage.legibleStorage = previous.storage;
      if (previous.secret === undefined) delete process.env.LEGIBLE_ALERTS_SECRET;
      else process.env.LEGIBLE_ALERTS_SECRET = previous.secret;
    }
  });
});
