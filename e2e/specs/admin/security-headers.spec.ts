import { expect, test } from "@playwright/test";
import { collectPageErrors } from "../../support/page-checks";
import { signIn, storageStateOf } from "../../support/staff";

function scriptSources(policy: string): string {
  return policy.split(";").find((directive) => directive.trim().startsWith("script-src")) ?? "";
}

test.describe("the staff app's headers", () => {
  test.use({ storageState: storageStateOf("reviewer") });

  test("every page has a fresh script nonce, no inline scripts allowed, and cannot be framed", async ({ page }) => {
    const errors = collectPageErrors(page);
    const nonces = new Set<string>();
    for (const path of ["/", "/people", "/explainers", "/audit"]) {
      const response = await page.goto(path);
      const headers = response?.headers() ?? {};
      const policy = headers["content-security-policy"] ?? "";
      const scripts = scriptSources(policy);
      const nonce = /'nonce-([^']+)'/.exec(scripts)?.[1];
      expect(nonce, `${path}: ${policy}`).toBeTruthy();
      nonces.add(nonce ?? "");
      expect(scripts).not.toContain("'unsafe-inline'");
      expect(scripts).not.toContain("'unsafe-eval'");
      expect(policy).toContain("frame-ancestors 'none'");
      expect(headers["x-frame-options"]).toBe("DENY");
      expect(headers["x-content-type-options"]).toBe("nosniff");
      expect(headers["referrer-policy"]).toBe("same-origin");
      expect(headers["permissions-policy"]).toContain("camera=()");
      // Scripts still run under the policy: the page is interactive.
      await expect(page.getByRole("button", { name: "Sign out" })).toBeEnabled();
    }
    expect(nonces.size).toBe(4);
    expect(errors).toEqual([]);
  });
});

test("the session cookie is HttpOnly and SameSite=Lax", async ({ page }) => {
  await signIn(page, "editor");
  const session = (await page.context().cookies()).find((cookie) => cookie.name.includes("session_token"));
  expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax" });
  // Plain http here; Better Auth marks it Secure whenever BETTER_AUTH_URL is https.
  expect(session?.secure).toBe(false);
});
