import { readFile, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { expect, type Page, test } from "@playwright/test";
import { collectPageErrors, expectNoAxeViolations } from "../../support/page-checks";
import { storageStateOf } from "../../support/staff";

const fixtures = path.resolve(import.meta.dirname, "..", "..", "fixtures", "transfer");

/** A person as the staff API has them, or null when there is no such person. */
async function personOf(page: Page, id: string): Promise<{ name: string } | null> {
  const response = await page.request.get(`/api/trpc/people.get?input=${encodeURIComponent(JSON.stringify({ id }))}`);
  if (response.status() === 404) return null;
  expect(response.ok()).toBe(true);
  return (await response.json()).result.data;
}

async function previewFile(page: Page, format: string, file: string) {
  await page.getByRole("radio", { name: format }).check();
  await page.getByLabel("File", { exact: true }).setInputFiles(path.join(fixtures, file));
  await page.getByRole("button", { name: "Preview" }).click();
}

test.describe("import and export, as an admin", () => {
  test.use({ storageState: storageStateOf("admin") });
  // The specs share one database: run these one after another so counts stay predictable.
  test.describe.configure({ mode: "serial" });

  test("previews a Popolo file and an Open States person, then imports them", async ({ page }) => {
    const errors = collectPageErrors(page);
    await page.goto("/transfer");
    await expect(page.getByRole("heading", { level: 1, name: "Import and export" })).toBeVisible();
    await expectNoAxeViolations(page);

    await previewFile(page, "Popolo (JSON)", "people.popolo.json");
    const status = page.getByRole("status").first();
    await expect(status).toContainText("Checked people.popolo.json: 2 to create, 1 to update, 1 to skip.");
    const people = page.getByRole("table", { name: /^People/ });
    await expect(people.getByRole("row", { name: /Paula Popolo/ })).toContainText("Create");
    await expect(people.getByRole("row", { name: /Michelle Wu/ })).toContainText("Changes family name");
    await expect(people.getByRole("row", { name: /Brandon Johnson/ })).toContainText("unchanged");
    await expect(page.getByRole("table", { name: /^Memberships/ })).toContainText(
      "Paula Popolo in Los Angeles City Council",
    );
    await expectNoAxeViolations(page);
    expect(await personOf(page, "person-paula-popolo")).toBeNull();

    await page.getByRole("button", { name: "Import 3 records" }).click();
    await expect(page.getByRole("button", { name: "Yes, import" })).toBeFocused();
    await page.getByRole("button", { name: "Yes, import" }).click();
    await expect(status).toHaveText("Import done: 2 created, 1 updated, 1 skipped.");
    expect(await personOf(page, "person-paula-popolo")).toMatchObject({ name: "Paula Popolo" });

    // The same file again: everything is already there.
    await previewFile(page, "Popolo (JSON)", "people.popolo.json");
    await expect(status).toContainText("4 to skip");
    await expect(page.getByText("There is nothing to import.")).toBeVisible();

    await previewFile(page, "Open States people (YAML)", "person.openstates.yaml");
    await expect(status).toContainText("Checked person.openstates.yaml: 4 to create.");
    await expect(page.getByRole("table", { name: /^Memberships/ })).toContainText("Olga Openstates in Mayor");
    await expect(page.getByRole("listitem").filter({ hasText: "line 11, at roles.1" })).toContainText(
      "no body for ocd-jurisdiction/country:us/state:ca/government upper chamber in Legible",
    );
    await page.getByRole("button", { name: "Import 4 records" }).click();
    await page.getByRole("button", { name: "Yes, import" }).click();
    await expect(status).toHaveText("Import done: 4 created.");
    expect(await personOf(page, "ocd-person/3e9a7c1d-52b4-4f0e-8a61-9d2c4b7e1f30")).toMatchObject({
      name: "Olga Openstates",
    });
    await expectNoAxeViolations(page);
    expect(errors).toEqual([]);
  });

  test("previews many Open States files at once, with each left-out value's file and line, and imports them", async ({
    page,
  }) => {
    const errors = collectPageErrors(page);
    const lakeview = "ocd-jurisdiction/country:us/state:ca/place:lakeview/government";
    const yaml = (name: string, lines: string[]) => ({
      name,
      mimeType: "text/yaml",
      buffer: Buffer.from(`${lines.join("\n")}\n`),
    });
    await page.goto("/transfer");
    await page.getByRole("radio", { name: "Open States people (YAML)" }).check();
    await page
      .getByLabel("File", { exact: true })
      .setInputFiles([
        yaml("Rosa-Fell.yml", [
          "id: ocd-person/6a1f0e2d-3c4b-4a59-8e7f-000000000e01",
          "name: Rosa Fell",
          "roles:",
          "- type: mayor",
          `  jurisdiction: ${lakeview}`,
          "  start_date: '2024-12-02'",
          "links:",
          "- url: ftp://lakeview.example.org/mayor.txt",
          "sources:",
          "- url: https://lakeview.example.org/mayor",
        ]),
        yaml("Sam-Oduya.yml", [
          "id: ocd-person/6a1f0e2d-3c4b-4a59-8e7f-000000000e02",
          "name: Sam Oduya",
          "roles:",
          "- type: council member",
          "  district: '7'",
          `  jurisdiction: ${lakeview}`,
          "  start_date: '2024-02-31'",
        ]),
        yaml("Karen-Bass.yml", [
          "id: ocd-person/6a1f0e2d-3c4b-4a59-8e7f-000000000e03",
          "name: Karen Bass",
          "roles:",
          "- type: mayor",
          "  jurisdiction: ocd-jurisdiction/country:us/state:ca/place:los_angeles/government",
          "  start_date: '2022-12-12'",
        ]),
      ]);
    await page.getByRole("button", { name: "Preview" }).click();
    const status = page.getByRole("status").first();
    await expect(status).toContainText("Checked 3 files: 10 to create. Nothing is saved yet.");
    await expect(page.getByRole("listitem").filter({ hasText: "Rosa-Fell.yml, line 8, at links.0.url" })).toContainText(
      "must be a web address starting with http:// or https://",
    );
    await expect(
      page.getByRole("listitem").filter({ hasText: "Sam-Oduya.yml, line 7, at roles.0.start_date" }),
    ).toContainText("is not a date");
    // Karen Bass is the Mayor on record: matched, not created again.
    await expect(page.getByRole("listitem").filter({ hasText: "Karen-Bass.yml (Karen Bass)" })).toContainText(
      "the same person as person-karen-bass",
    );
    await expect(page.getByRole("table", { name: /^Posts/ })).toContainText("District 7");
    await expectNoAxeViolations(page);

    await page.getByRole("button", { name: "Import 10 records" }).click();
    await page.getByRole("button", { name: "Yes, import" }).click();
    await expect(status).toHaveText("Import done: 10 created.");
    expect(await personOf(page, "ocd-person/6a1f0e2d-3c4b-4a59-8e7f-000000000e01")).toMatchObject({
      name: "Rosa Fell",
    });
    expect(await personOf(page, "ocd-person/6a1f0e2d-3c4b-4a59-8e7f-000000000e03")).toBeNull();

    // A whole folder in the openstates/people layout: every .yml file under it is read.
    await page.getByLabel("File", { exact: true }).setInputFiles([]);
    await page
      .getByLabel("Or choose a folder")
      .setInputFiles(
        path.resolve(
          import.meta.dirname,
          "..",
          "..",
          "..",
          "packages/connectors/src/test-support/fixtures/openstates-people",
        ),
      );
    await page.getByRole("button", { name: "Preview" }).click();
    await expect(status).toContainText("Checked 6 files:");
    await expect(
      page
        .getByRole("listitem")
        .filter({ hasText: "legislature/Maria-Okafor-5c0e1f7a-3b2d-4e8a-9f61-2a7d4c9b1e03.yml, line 24" }),
    ).toContainText("ftp://ilga.example/pub/members/okafor.txt");
    await expectNoAxeViolations(page);
    expect(errors).toEqual([]);
  });

  test("a broken file shows its problems with their place, and changes nothing", async ({ page }) => {
    await page.goto("/transfer");
    await previewFile(page, "Popolo (JSON)", "broken.popolo.json");
    await expect(page.getByRole("status").first()).toContainText("broken.popolo.json has problems.");
    await expect(page.getByText("1 problem to fix in the file. Nothing was saved.")).toBeVisible();
    await expect(page.getByRole("listitem").filter({ hasText: "at memberships.0.personId" })).toContainText(
      'points at person "person-nobody-at-all", which is neither in this file nor in Legible',
    );
    await expect(page.getByRole("button", { name: /^Import \d/ })).toHaveCount(0);
    await expectNoAxeViolations(page);

    // Text that is not JSON at all: the line is named.
    await page.getByLabel("File", { exact: true }).setInputFiles([]);
    await page.getByLabel("Or paste the file's text").fill('{\n  "persons": [\n    { "id": "x" "name": "y" }\n  ]\n}');
    await page.getByRole("button", { name: "Preview" }).click();
    await expect(
      page.getByRole("listitem").filter({ hasText: /^line 3, column \d+: this is not valid JSON/ }),
    ).toContainText("this is not valid JSON");
    expect(await personOf(page, "person-bruno-broken")).toBeNull();
  });

  test("imports a file over 1 MB from disk in the background: progress, a report with the value set aside, and its records in the lists", async ({
    page,
  }, testInfo) => {
    const errors = collectPageErrors(page);
    // Written here, not committed: a dataset of 60 long measures and two people, one with a bad image address.
    const file = testInfo.outputPath("bigfile-archive.json");
    const text = "The council keeps every record of this archive open to the public. ".repeat(300);
    await writeFile(
      file,
      JSON.stringify({
        format: "legible-dataset",
        version: 1,
        jurisdictions: [],
        sources: [],
        bodies: [],
        posts: [],
        people: [
          { id: "person-bianca-bigfile", name: "Bianca Bigfile", sourceIds: [] },
          { id: "person-iris-bigfile", name: "Iris Bigfile", image: "not a web address", sourceIds: [] },
        ],
        memberships: [],
        measures: Array.from({ length: 60 }, (_, n) => ({
          id: `measure-bigfile-${n}`,
          identifier: `BIGFILE-${n}`,
          title: `Bigfile archive measure ${n}`,
          classification: "ordinance",
          subjects: [],
          sponsors: [],
          textSections: [{ heading: "Section 1", text: `${n}. ${text}` }],
          relatedMeasures: [],
          sourceIds: [],
        })),
        actions: [],
        voteEvents: [],
        statements: [],
        explainers: [],
      }),
    );
    expect((await stat(file)).size).toBeGreaterThan(1024 * 1024);

    await page.goto("/transfer");
    await expect(page.getByText("A file larger than 800 KB is too large to preview")).toBeVisible();
    await expect(page.getByText("At most 800 KB")).toHaveCount(0);
    await page.getByRole("radio", { name: "Legible dataset (JSON)" }).check();
    await page.getByLabel("File", { exact: true }).setInputFiles(file);
    await page.getByRole("button", { name: "Preview" }).click();
    const confirm = page.getByRole("group", {
      name: /^Import bigfile-archive\.json \(1\.\d MB\) in the background\?$/,
    });
    await expect(confirm).toContainText("This file is too large to preview.");
    await expectNoAxeViolations(page);
    await confirm.getByRole("button", { name: "Import in the background" }).click();

    const job = page.getByTestId("import-job");
    await expect(job.getByRole("heading", { name: "Import of bigfile-archive.json" })).toBeVisible();
    await expect(job.getByTestId("import-status")).toHaveText("Finished", { timeout: 60_000 });
    // The progress lines the server wrote as it went, batch by batch.
    const progress = job.getByRole("region", { name: "Progress" }).getByRole("listitem");
    await expect(progress.filter({ hasText: /records read \(\d+\.\d of 1\.\d MB\)/ }).first()).toBeVisible();
    await expect(progress.last()).toHaveText(/^Done: 62 records read in \d+ batch(es)?\.$/);
    const kinds = job.getByRole("table", { name: "Records by kind" });
    await expect(kinds.getByRole("row", { name: /^Measures 60 0 0 0$/ })).toBeVisible();
    await expect(kinds.getByRole("row", { name: /^People 2 0 0 0$/ })).toBeVisible();
    await expect(job.getByRole("table", { name: "Values set aside, with where and why" })).toContainText(
      "people.1.image",
    );
    await expectNoAxeViolations(page);

    await job.page().getByRole("link", { name: "Open this import's own page" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Import of bigfile-archive.json" })).toBeVisible();
    await expect(page.getByTestId("import-status")).toHaveText("Finished");
    await expectNoAxeViolations(page);

    await page.goto("/people");
    await page.getByLabel("Search people").fill("bigfile");
    await expect(page.getByRole("link", { name: "Bianca Bigfile" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Iris Bigfile" })).toBeVisible();
    expect(await personOf(page, "person-iris-bigfile")).not.toHaveProperty("image");
    expect(errors).toEqual([]);
  });

  test("exports a dataset that parses, and Popolo", async ({ page }) => {
    await page.goto("/transfer");
    const [dataset] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download the Legible dataset" }).click(),
    ]);
    expect(dataset.suggestedFilename()).toMatch(/^legible-dataset-\d{4}-\d{2}-\d{2}\.json$/);
    const parsed = JSON.parse(await readFile(await dataset.path(), "utf8"));
    expect(parsed.format).toBe("legible-dataset");
    expect(parsed.people.map((p: { name: string }) => p.name)).toContain("Karen Bass");
    await expect(page.getByRole("status").last()).toHaveText(`Downloaded ${dataset.suggestedFilename()}.`);

    const [popolo] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download people and votes as Popolo" }).click(),
    ]);
    expect(JSON.parse(await readFile(await popolo.path(), "utf8")).persons.length).toBeGreaterThan(0);
  });
});

test.describe("import and export, as an editor", () => {
  test.use({ storageState: storageStateOf("editor") });

  test("is refused the page", async ({ page }) => {
    await page.goto("/transfer");
    await expect(page).not.toHaveURL(/\/transfer$/);
    await expect(page.getByRole("heading", { level: 1, name: "Import and export" })).toHaveCount(0);
  });
});
