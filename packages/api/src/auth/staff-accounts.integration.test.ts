import { createRepositories, type Repositories } from "@legible/db";
import { createTestDatabase, type TestDatabase, testProviders } from "@legible/db/test-support";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createContext } from "../context";
import { adminRouter } from "../routers/admin/index";
import { createCallerFactory } from "../trpc";
import { createStaffAuth, type StaffAuth } from "./auth";
import { staffAccountsFor } from "./staff-accounts";
import { staffSessionFrom } from "./staff-session";

const callerOf = createCallerFactory(adminRouter);
const settings = { baseURL: "http://localhost:3001", secret: "a-test-secret-that-is-long-enough-123456" };

/** Signs in through Better Auth and returns the browser's cookie header. */
async function signIn(auth: StaffAuth, email: string, password: string): Promise<Headers> {
  const { headers } = await auth.api.signInEmail({ body: { email, password }, returnHeaders: true });
  const cookie = headers
    .getSetCookie()
    .map((line) => line.split(";")[0])
    .join("; ");
  return new Headers({ cookie });
}

describe.each(testProviders())("staff accounts through Better Auth on %s", (provider) => {
  let database: TestDatabase;
  let repositories: Repositories;
  let auth: StaffAuth;
  beforeAll(async () => {
    database = await createTestDatabase(provider);
    repositories = createRepositories(database);
    auth = createStaffAuth(database, settings);
    await auth.api.createUser({
      body: { email: "ada@example.org", name: "Ada Admin", password: "ada-password-long", role: "admin" },
    });
  });
  afterAll(() => database.drop());

  async function adminCaller() {
    const headers = await signIn(auth, "ada@example.org", "ada-password-long");
    const staff = await staffSessionFrom(auth, headers);
    return callerOf(createContext({ repositories, staff, accounts: staff && staffAccountsFor(auth, headers) }));
  }

  it("reads a signed-in admin from the session cookie, and no one from a forged one", async () => {
    const headers = await signIn(auth, "ada@example.org", "ada-password-long");
    expect(await staffSessionFrom(auth, headers)).toMatchObject({ name: "Ada Admin", role: "admin" });
    expect(await staffSessionFrom(auth, new Headers({ cookie: "better-auth.session_token=forged" }))).toBeNull();
  });

  it("lets an admin add an editor who can then sign in, change roles, reset a password and switch an account off", async () => {
    const admin = await adminCaller();
    const created = await admin.users.create({
      name: "Eddie Editor",
      email: "eddie@example.org",
      role: "editor",
      password: "eddie-password-long",
    });
    expect(created).toMatchObject({ email: "eddie@example.org", role: "editor", active: true });
    expect((await admin.users.list()).map((account) => account.email)).toEqual([
      "ada@example.org",
      "eddie@example.org",
    ]);

    const eddie = await staffSessionFrom(auth, await signIn(auth, "eddie@example.org", "eddie-password-long"));
    expect(eddie?.role).toBe("editor");

    await admin.users.setRole({ userId: created.id, role: "reviewer" });
    await admin.users.setPassword({ userId: created.id, password: "a-brand-new-password" });
    await expect(signIn(auth, "eddie@example.org", "eddie-password-long")).rejects.toMatchObject({ statusCode: 401 });
    const reviewer = await staffSessionFrom(auth, await signIn(auth, "eddie@example.org", "a-brand-new-password"));
    expect(reviewer?.role).toBe("reviewer");

    await admin.users.setActive({ userId: created.id, active: false });
    await expect(signIn(auth, "eddie@example.org", "a-brand-new-password")).rejects.toMatchObject({ statusCode: 403 });
  });

  it("refuses an admin demoting or switching off their own account", async () => {
    const admin = await adminCaller();
    const me = await admin.me();
    await expect(admin.users.setRole({ userId: me.userId, role: "editor" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "You cannot change the role of your own account. Ask another admin.",
    });
    await expect(admin.users.setActive({ userId: me.userId, active: false })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });

  it("refuses a second account with the same email in words", async () => {
    const admin = await adminCaller();
    await expect(
      admin.users.create({
        name: "Ada Again",
        email: "ada@example.org",
        role: "editor",
        password: "another-password-1",
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringMatching(/already exists/i) });
  });

  it("refuses sign-in from an address after five failures in a minute there, whatever the account", async () => {
    await auth.api.createUser({
      body: { email: "office@example.org", name: "Office", password: "office-password-long", role: "editor" },
    });
    const from = (address: string) => new Headers({ "x-forwarded-for": address });
    for (let attempt = 0; attempt < 5; attempt += 1) {
      await expect(
        auth.api.signInEmail({
          body: { email: `nobody-${attempt}@example.org`, password: "wrong-password-1" },
          headers: from("203.0.113.7"),
        }),
      ).rejects.toMatchObject({ statusCode: 401 });
    }
    await expect(
      auth.api.signInEmail({
        body: { email: "office@example.org", password: "office-password-long" },
        headers: from("203.0.113.7"),
      }),
    ).rejects.toMatchObject({ statusCode: 429 });
    const elsewhere = await auth.api.signInEmail({
      body: { email: "office@example.org", password: "office-password-long" },
      headers: from("198.51.100.9"),
    });
    expect(elsewhere.user.email).toBe("office@example.org");
  });

  it("refuses sign-in after five failures in a minute for one account, even with the right password", async () => {
    await auth.api.createUser({
      body: { email: "guess@example.org", name: "Guessed", password: "guess-password-long", role: "editor" },
    });
    for (let attempt = 0; attempt < 5; attempt += 1) {
      await expect(signIn(auth, "guess@example.org", `wrong-${attempt}-password`)).rejects.toMatchObject({
        statusCode: 401,
      });
    }
    await expect(signIn(auth, "guess@example.org", "guess-password-long")).rejects.toMatchObject({
      statusCode: 429,
      body: { message: "Too many failed sign-ins. Wait a minute, then try again." },
    });
  });
});
