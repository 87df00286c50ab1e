import { expect, test } from "@playwright/test";
import {
  generateLegistarData,
  type LegistarServer,
  legistarTimeAt,
  startLegistarServer,
} from "../../../packages/connectors/src/test-support/legistar-server";
import { collectPageErrors, expectNoAxeViolations } from "../../support/page-checks";
import { storageStateOf } from "../../support/staff";

const webPort = Number(process.env.LEGIBLE_E2E_WEB_PORT ?? 3100);
const publicSite = `http://localhost:${webPort}`;
// A client name of this spec's own, so its records and ids touch nothing of other specs.
const CLIENT = "syncspec";
const NAME = "Syncspec city council (syncs spec)";
const MEETING = `legistar:${CLIENT}:event:700`;
const MEASURE = `legistar:${CLIENT}:matter:1000`;
const MEASURE_TITLE = "An ordinance about item 1 of the city's business";

test.use({ storageState: storageStateOf("admin") });
// The second walk edits what the first one synced.
test.describe.configure({ mode: "serial" });

let server: LegistarServer;
// The Legistar-shaped server runs in this test process; the staff app's server reaches it on
// 127.0.0.1 (plain http is allowed to this machine only).
test.beforeAll(async () => {
  const data = generateLegistarData({ seed: 11, matters: 3, events: 1 });
  // Names of this spec's own: other specs put namesakes of the generated people on record
  // (Ana Reyes), whom the sync would rightly hold for review instead of adding.
  for (const person of data.persons) {
    person.PersonLastName = `${person.PersonLastName}-Syncspec`;
    person.PersonFullName = `${person.PersonFirstName} ${person.PersonLastName}`;
  }
  server = await startLegistarServer({ client: CLIENT, data });
});
test.afterAll(async () => {
  await server?.close();
});

test("an admin adds a Legistar sync, runs it, watches it and reads its report; the public site shows the synced meeting and measure in both languages", async ({
  page,
}) => {
  test.setTimeout(150_000);
  const errors = collectPageErrors(page);
  await page.goto("/syncs");
  await expect(page.getByRole("heading", { level: 1, name: "Syncs" })).toBeVisible({ timeout: 15_000 });
  await page.getByRole("link", { name: "Add a sync" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Add a sync" })).toBeVisible();

  await page.getByLabel("Name", { exact: true }).fill(NAME);
  await page.getByLabel("Legistar client name").fill(CLIENT);
  await page.getByLabel("API address").fill("http://example.org/v1");
  await page.getByLabel("Time zone").fill("Mars/Olympus");
  // Bad values are named by their field before anything is sent.
  await page.getByRole("button", { name: "Add sync" }).click();
  const problems = page.getByRole("alert").filter({ hasText: "Some fields need fixing" });
  await expect(problems).toContainText("API address must start with https:// (http:// only for localhost)");
  await expect(problems).toContainText("Time zone must be a time zone like America/Chicago");
  await expect(page.getByLabel("Time zone")).toHaveAttribute("aria-invalid", "true");

  await page.getByLabel("API address").fill(server.baseUrl);
  await page.getByLabel("Time zone").fill("America/Chicago");
  await page.getByLabel("Requests per second (optional)").fill("50");
  const schedule = page.getByRole("combobox", { name: "Schedule" });
  await expect(page.locator("#sync-schedule-words")).toHaveText("Every night at 2:00");
  await schedule.selectOption({ label: "Custom (cron expression)" });
  await page.getByLabel("Cron expression").fill("30 6 * * 1");
  await expect(page.locator("#sync-schedule-words")).toHaveText("Every Monday at 6:30");
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Add sync" }).click();

  // The sync's page: settings in words, no runs yet.
  await expect(page.getByRole("heading", { level: 1, name: NAME })).toBeVisible();
  await expect(page.getByText("Every Monday at 6:30 (America/Chicago)")).toBeVisible();
  await expect(page.getByText("Not run yet.")).toBeVisible();
  await expectNoAxeViolations(page);

  // Run now opens the run's page, which follows the run until its report.
  await page.getByRole("button", { name: `Run now: ${NAME}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Run of ${NAME}` })).toBeVisible();
  await expect(page.getByTestId("run-status")).toHaveText("Finished", { timeout: 60_000 });
  await expect(page.getByRole("region", { name: "Progress" }).getByRole("listitem").first()).toBeVisible();
  const report = page.getByRole("region", { name: "Report" });
  const measures = report.getByRole("row", { name: /^Measures/ });
  await expect(measures.getByRole("cell").nth(0)).toHaveText("3");
  await expect(report.getByRole("row", { name: /^Votes/ })).toBeVisible();
  await expect(report).toContainText("None: every value read fit.");
  await expect(page.getByText("Run now (Ada Admin)")).toBeVisible();
  await expectNoAxeViolations(page);

  // The list shows its last run and outcome, and its next run.
  await page.goto("/syncs");
  const row = page.getByRole("row", { name: new RegExp(NAME.replace(/[()]/g, "\\$&")) });
  await expect(row).toContainText("Finished");
  await expect(row).toContainText("Every Monday at 6:30");
  await expectNoAxeViolations(page);

  // The public site: the meeting with its agenda, the measure with its votes, in both languages.
  const site = await page.context().newPage();
  await site.goto(`${publicSite}/meetings/${MEETING}`);
  await expect(site.getByRole("heading", { level: 1, name: /City Council/ })).toBeVisible();
  await expect(site.getByRole("region", { name: "Agenda" })).toContainText(MEASURE_TITLE);
  await expectNoAxeViolations(site);
  await site.goto(`${publicSite}/measures/${MEASURE}`);
  await expect(site.getByRole("heading", { level: 1 })).toContainText(MEASURE_TITLE);
  await expect(site.getByRole("region", { name: "Votes", exact: true }).getByRole("link").first()).toBeVisible();
  await expectNoAxeViolations(site);
  await site.goto(`${publicSite}/es/meetings/${MEETING}`);
  await expect(site.getByRole("region", { name: "Orden del día" })).toContainText(MEASURE_TITLE);
  await expectNoAxeViolations(site);
  await site.goto(`${publicSite}/es/measures/${MEASURE}`);
  await expect(site.getByRole("region", { name: "Votaciones", exact: true }).getByRole("link").first()).toBeVisible();
  await expectNoAxeViolations(site);
  expect(errors).toEqual([]);
});

test("a title staff edited survives Legistar's change to it, which waits on the Review page until staff take it", async ({
  page,
}) => {
  test.setTimeout(150_000);
  const errors = collectPageErrors(page);
  const staffTitle = "An ordinance about the city's first item of business";
  const upstreamTitle = "An ordinance about item 1, as amended by the clerk";

  await page.goto(`/measures/${encodeURIComponent(MEASURE)}`);
  await page.getByLabel("Title", { exact: true }).fill(staffTitle);
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved. Version" })).toBeVisible();

  // Upstream retitles the same matter, later than the last run read it.
  const matter = server.data.matters.find((row) => row.MatterId === 1000);
  if (!matter) throw new Error("the test server has no matter 1000");
  Object.assign(matter, { MatterTitle: upstreamTitle, MatterLastModifiedUtc: legistarTimeAt(24 * 365 * 3) });

  await page.goto("/syncs");
  await page.getByRole("button", { name: `Run now: ${NAME}` }).click();
  await expect(page.getByTestId("run-status")).toHaveText("Finished", { timeout: 60_000 });

  // The staff title is kept; the difference waits for a person.
  await page.goto("/review");
  const item = page.getByRole("article").filter({ hasText: upstreamTitle });
  await expect(item).toContainText(staffTitle);
  await expectNoAxeViolations(page);
  await item.getByRole("button", { name: "Use theirs" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Used the upstream title" })).toBeVisible();

  const site = await page.context().newPage();
  await expect
    .poll(async () => (await site.request.get(`${publicSite}/measures/${MEASURE}`)).text(), { timeout: 15_000 })
    .toContain(upstreamTitle);
  expect(errors).toEqual([]);
});
