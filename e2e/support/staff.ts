import path from "node:path";
import { expect, type Page } from "@playwright/test";

export type StaffRoleName = "admin" | "editor" | "reviewer";

const root = path.resolve(import.meta.dirname, "..", "..");

/** Where each role's signed-in browser state is kept for the specs that need it. */
export function storageStateOf(role: StaffRoleName): string {
  const run = process.env.LEGIBLE_E2E_WEB_PORT ?? "3100";
  return path.join(root, ".cache", "playwright", run, "staff", `${role}.json`);
}

/** The run's staff accounts; passwords are made per run (playwright.config.ts), never stored in code. */
export function staffAccount(role: StaffRoleName) {
  const password = process.env.LEGIBLE_E2E_STAFF_PASSWORD;
  if (!password) throw new Error("LEGIBLE_E2E_STAFF_PASSWORD is set by playwright.config.ts");
  const names = { admin: "Ada Admin", editor: "Eddie Editor", reviewer: "Rita Reviewer" };
  return { email: `${role}@example.org`, name: names[role], password, role };
}

/** Signs in through the sign-in page, as staff do. */
export async function signIn(page: Page, role: StaffRoleName): Promise<void> {
  const account = staffAccount(role);
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
}
