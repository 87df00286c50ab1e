import { readFile } from "node:fs/promises";
import { expect, type Page, test } from "@playwright/test";
import { collectPageErrors, expectNoAxeViolations } from "../../support/page-checks";
import { storageStateOf } from "../../support/staff";

const adminOrigin = `http://localhost:${Number(process.env.LEGIBLE_E2E_WEB_PORT ?? 3100) + 1}`;
const sameSite = { origin: adminOrigin, "sec-fetch-site": "same-origin" };

// Names no other spec uses: the specs share one database.
const person = (id: string, name: string) => ({ id, name, sourceIds: ["src-seed-news-report"] });

async function call(page: Page, procedure: string, input: unknown) {
  const response = await page.request.post(`/api/trpc/${procedure}`, { data: input, headers: sameSite });
  expect(response.status(), await response.text()).toBe(200);
  return ((await response.json()) as { result: { data: Record<string, unknown> } }).result.data;
}

test.describe("selecting rows of a list for a bulk step", () => {
  test.use({ storageState: storageStateOf("editor") });

  test("an editor exports the selected people, then deletes them; one changed meanwhile stays, with the reason", async ({
    page,
  }) => {
    const errors = collectPageErrors(page);
    await call(page, "people.create", person("person-bulkrow-alder", "Bulkrow Alder"));
    const birch = await call(page, "people.create", person("person-bulkrow-birch", "Bulkrow Birch"));
    await call(page, "people.create", person("person-bulkrow-cedar", "Bulkrow Cedar"));

    await page.goto("/people?search=bulkrow");
    await expect(page.getByRole("rowheader")).toHaveCount(3);
    await expectNoAxeViolations(page);

    // By keyboard: each row's box is named by its row.
    await page.getByRole("checkbox", { name: "Select Bulkrow Alder" }).focus();
    await page.keyboard.press("Space");
    await page.getByRole("checkbox", { name: "Select Bulkrow Birch" }).focus();
    await page.keyboard.press("Space");
    await expect(page.getByText("2 people selected.")).toBeVisible();
    const everyRow = page.getByRole("checkbox", { name: "Select every person on this page" });
    await expect(everyRow).not.toBeChecked();
    await expectNoAxeViolations(page);

    const downloading = page.waitForEvent("download");
    await page.getByRole("button", { name: "Export selected" }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^legible-people-\d{4}-\d{2}-\d{2}\.json$/);
    const file = JSON.parse(await readFile(await download.path(), "utf8")) as {
      format: string;
      people: Array<{ id: string; name: string }>;
    };
    expect(file.format).toBe("legible-dataset");
    expect(file.people.map((each) => each.name).sort()).toEqual(["Bulkrow Alder", "Bulkrow Birch"]);

    // A colleague saves Birch after the list was shown: deleting the version seen is refused.
    await call(page, "people.update", { ...birch, name: "Bulkrow Birch Renamed" });

    await page.getByRole("button", { name: "Delete selected" }).click();
    await expect(page.getByRole("heading", { name: /^Delete 2 people\?/ })).toBeFocused();
    await page.getByRole("button", { name: "Yes, delete 2 people" }).click();
    // The whole region first, so a failure shows what it says instead.
    const selection = page.getByRole("region", { name: "Selected people" });
    await expect(selection).toContainText("Deleted 1 person.");
    await expect(selection.getByRole("status").filter({ hasText: "Deleted 1 person." })).toBeVisible();
    const refused = page.getByRole("alert").filter({ hasText: "1 person not deleted:" });
    await expect(refused).toContainText("Bulkrow Birch: This person was changed by");
    await expect(page.getByRole("link", { name: "Bulkrow Alder" })).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Bulkrow Birch Renamed" })).toBeVisible();
    // The refused one stays selected, so it can be tried again after a reload.
    await expect(page.getByRole("checkbox", { name: "Select Bulkrow Birch Renamed" })).toBeChecked();
    await expect(page.getByText("1 person selected.")).toBeVisible();

    // The box over the rows selects every row shown, and unselects them again.
    await everyRow.check();
    await expect(page.getByText("2 people selected.")).toBeVisible();
    await everyRow.uncheck();
    await expect(page.getByText(/selected\./)).toHaveCount(0);
    await expectNoAxeViolations(page);
    expect(errors).toEqual([]);
  });
});

test.describe("a reviewer's list", () => {
  test.use({ storageState: storageStateOf("reviewer") });

  test("offers export of the selected rows but no delete", async ({ page }) => {
    await page.goto("/people?search=karen");
    await page.getByRole("checkbox", { name: "Select Karen Bass" }).check();
    await expect(page.getByRole("button", { name: "Export selected" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Delete selected" })).toHaveCount(0);
  });
});
