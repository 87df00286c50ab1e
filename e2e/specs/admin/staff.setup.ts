import { execFileSync } from "node:child_process";
import path from "node:path";
import { expect, test as setup } from "@playwright/test";
import { signIn, staffAccount, storageStateOf } from "../../support/staff";

const root = path.resolve(import.meta.dirname, "..", "..", "..");

setup("the first admin is created with npm run admin:create, then adds an editor and a reviewer", async ({ page }) => {
  // A command started from scratch (tsx, Prisma, a password hash) inside the test's time: on a
  // loaded two-core machine it alone took most of the 30 s, and the last request ran out of time.
  setup.slow();
  const admin = staffAccount("admin");
  const output = execFileSync(
    "npm",
    ["run", "--silent", "admin:create", "--", "--email", admin.email, "--name", admin.name],
    {
      cwd: root,
      env: {
        ...process.env,
        DATABASE_URL: process.env.LEGIBLE_E2E_DATABASE_URL,
        LEGIBLE_ADMIN_PASSWORD: admin.password,
      },
      encoding: "utf8",
    },
  );
  expect(output).toContain(`created admin ${admin.name} <${admin.email}>`);

  await signIn(page, "admin");
  await page.context().storageState({ path: storageStateOf("admin") });

  for (const role of ["editor", "reviewer"] as const) {
    const account = staffAccount(role);
    const response = await page.request.post("/api/trpc/users.create", {
      data: { name: account.name, email: account.email, role, password: account.password },
    });
    expect(response.status(), await response.text()).toBe(200);
  }
});

for (const role of ["editor", "reviewer"] as const) {
  setup(`the ${role} signs in`, async ({ page }) => {
    await signIn(page, role);
    await page.context().storageState({ path: storageStateOf(role) });
  });
}
