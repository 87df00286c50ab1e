import { createTestDatabase, type TestDatabase } from "@legible/db/test-support";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createStaffAuth } from "./auth";

const secret = "a-test-secret-that-is-long-enough-123456";

/** The attributes of each cookie a sign-in sets, by cookie name. */
async function signInCookies(database: TestDatabase, baseURL: string): Promise<Map<string, string[]>> {
  const auth = createStaffAuth(database, { baseURL, secret });
  const email = `ada-${new URL(baseURL).protocol.replace(":", "")}@example.org`;
  await auth.api.createUser({ body: { email, name: "Ada Admin", password: "ada-password-long", role: "admin" } });
  const { headers } = await auth.api.signInEmail({
    body: { email, password: "ada-password-long" },
    returnHeaders: true,
  });
  return new Map(
    headers.getSetCookie().map((line) => {
      const [pair = "", ...attributes] = line.split(";").map((part) => part.trim());
      return [pair.split("=")[0] ?? "", attributes.map((attribute) => attribute.toLowerCase())];
    }),
  );
}

// Cookie attributes come from the address the staff app is served at, not from storage: one
// database is enough.
describe("staff session cookies", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase("sqlite");
  });
  afterAll(() => database.drop());

  it("are HttpOnly and SameSite=Lax, and not Secure when the staff app is served over http", async () => {
    const cookies = await signInCookies(database, "http://localhost:3001");
    const session = cookies.get("better-auth.session_token");
    expect(session).toBeDefined();
    expect(session).toEqual(expect.arrayContaining(["httponly", "samesite=lax"]));
    expect(session).not.toContain("secure");
  });

  it("are also Secure, under a __Secure- name, when the staff app is served over https", async () => {
    const cookies = await signInCookies(database, "https://staff.example.org");
    expect(cookies.has("better-auth.session_token")).toBe(false);
    const session = cookies.get("__Secure-better-auth.session_token");
    expect(session).toEqual(expect.arrayContaining(["httponly", "samesite=lax", "secure"]));
    for (const [name, attributes] of cookies) expect(attributes, name).toContain("secure");
  });
});
