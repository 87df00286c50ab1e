import { expect, test } from "@playwright/test";
import {
  generateLegistarData,
  type LegistarServer,
  startLegistarServer,
} from "../../../packages/connectors/src/test-support/legistar-server";
import { collectPageErrors, expectNoAxeViolations } from "../../support/page-checks";
import { storageStateOf } from "../../support/staff";

const webPort = Number(process.env.LEGIBLE_E2E_WEB_PORT ?? 3100);
const publicSite = `http://localhost:${webPort}`;
// A client and names of this spec's own, so its records touch nothing of other specs.
const CLIENT = "removalspec";
const NAME = "Removalspec city council (sync removals spec)";
const REMOVED_MATTER = 1001;
const MEASURE = `legistar:${CLIENT}:matter:${REMOVED_MATTER}`;
const KEPT = `legistar:${CLIENT}:matter:1000`;

test.use({ storageState: storageStateOf("admin") });

let server: LegistarServer;
test.beforeAll(async () => {
  const data = generateLegistarData({ seed: 13, matters: 3, events: 1 });
  for (const person of data.persons) {
    person.PersonLastName = `${person.PersonLastName}-Removalspec`;
    person.PersonFullName = `${person.PersonFirstName} ${person.PersonLastName}`;
  }
  server = await startLegistarServer({ client: CLIENT, data });
});
test.afterAll(async () => {
  await server?.close();
});

test("a matter deleted in Legistar leaves the public site after the next run, is reported, and waits on the Review page until staff confirm the removal", async ({
  page,
}) => {
  test.setTimeout(180_000);
  const errors = collectPageErrors(page);
  await page.goto("/syncs");
  await page.getByRole("link", { name: "Add a sync" }).click();
  await page.getByLabel("Name", { exact: true }).fill(NAME);
  await page.getByLabel("Legistar client name").fill(CLIENT);
  await page.getByLabel("API address").fill(server.baseUrl);
  await page.getByLabel("Time zone").fill("America/Chicago");
  await page.getByLabel("Requests per second (optional)").fill("50");
  await page.getByRole("button", { name: "Add sync" }).click();
  await expect(page.getByRole("heading", { level: 1, name: NAME })).toBeVisible();

  await page.getByRole("button", { name: `Run now: ${NAME}` }).click();
  await expect(page.getByTestId("run-status")).toHaveText("Finished", { timeout: 60_000 });
  const firstReport = page.getByRole("region", { name: "Report" });
  await expect(firstReport.getByRole("heading", { name: "Removed upstream (0)" })).toBeVisible();

  // The clerk deletes a matter in Legistar.
  const index = server.data.matters.findIndex((m) => m.MatterId === REMOVED_MATTER);
  const [matter] = server.data.matters.splice(index, 1);
  const title = String(matter?.MatterTitle);
  const titlePattern = title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

  await page.goto("/syncs");
  await page.getByRole("button", { name: `Run now: ${NAME}` }).click();
  await expect(page.getByTestId("run-status")).toHaveText("Finished", { timeout: 60_000 });
  const removed = page.getByRole("region", { name: "Removed upstream (1)" });
  await expect(removed.getByRole("link", { name: new RegExp(titlePattern) })).toHaveAttribute(
    "href",
    `/measures/${encodeURIComponent(MEASURE)}`,
  );
  await expectNoAxeViolations(page);

  // Gone from the public site; the matter still listed upstream stays.
  expect((await page.request.get(`${publicSite}/measures/${MEASURE}`)).status()).toBe(404);
  expect((await page.request.get(`${publicSite}/es/measures/${MEASURE}`)).status()).toBe(404);
  expect((await page.request.get(`${publicSite}/measures/${KEPT}`)).status()).toBe(200);

  // Staff still see it, marked.
  await removed.getByRole("link", { name: new RegExp(titlePattern) }).click();
  await expect(page.getByText(/Removed upstream on \w+ \d{1,2}, \d{4}/)).toBeVisible();
  await expectNoAxeViolations(page);

  // The Review page asks; confirming keeps it off the site and on record.
  await page.goto("/review");
  const item = page.getByRole("article").filter({ hasText: new RegExp(`Removed upstream: .*${titlePattern}`) });
  await expect(item).toContainText("Legistar (removalspec) no longer lists this record");
  await expectNoAxeViolations(page);
  await item.getByRole("button", { name: "Confirm removal" }).click();
  await expect(page.getByRole("status").filter({ hasText: "stays off the public site" })).toBeVisible();
  await expect(page.getByRole("row", { name: new RegExp(`Removed upstream: .*${titlePattern}`) })).toContainText(
    "Confirmed the removal",
  );
  await expectNoAxeViolations(page);
  expect((await page.request.get(`${publicSite}/measures/${MEASURE}`)).status()).toBe(404);
  expect(errors).toEqual([]);
});
