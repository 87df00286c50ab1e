import { expect, test } from "@playwright/test";
import { collectPageErrors, expectNoAxeViolations } from "../../support/page-checks";
import { storageStateOf } from "../../support/staff";

const webPort = Number(process.env.LEGIBLE_E2E_WEB_PORT ?? 3100);
const publicSite = `http://localhost:${webPort}`;
const MEASURE = "measure-us-mass-deportation-plan";
const reasoning = {
  en: "The report says Trump returns to the White House “in January”; after the 2024 election, that is January 2025.",
  es: "El artículo dice que Trump vuelve a la Casa Blanca “in January” (en enero); tras la elección de 2024, es enero de 2025.",
};

test.use({ storageState: storageStateOf("editor") });

test("an editor marks an action's date as worked out, with reasons in both languages; the public page labels it", async ({
  page,
  request,
}) => {
  const errors = collectPageErrors(page);
  await page.goto("/actions/new");
  await expect(page.getByRole("heading", { level: 1, name: "New action" })).toBeVisible();
  await page.getByLabel("What happened").fill("Donald Trump returned to the White House.");
  await page.getByLabel("Measure", { exact: true }).fill("deportations");
  await page.getByRole("option", { name: /Planned mass deportations/ }).click();
  await page.getByLabel("Date", { exact: true }).fill("2025-01");
  await page.getByLabel("Add to sources").fill("seed story");
  await page.getByRole("option", { name: /Seed story/ }).click();

  // The list starts empty; adding a row puts the keyboard on its first control.
  const worked = page.getByRole("group", { name: "Values worked out, not reported" });
  await expect(worked).toContainText("None: every value of this record is reported by its sources.");
  await worked.getByRole("button", { name: "Add a worked-out value" }).click();
  const which = worked.getByLabel("Which value");
  await expect(which).toBeFocused();
  await which.selectOption({ label: "Date" });
  // Leaving the row shows what it still needs, beside each control.
  await which.blur();
  await expect(page.locator("#field-inferred-0-en-error")).toHaveText(
    "Error: How it was worked out, in English is required.",
  );

  // Saving without the reasons: the summary names the row and part, and links to its control.
  await page.getByRole("button", { name: "Save new action" }).click();
  const summary = page.getByRole("alert").filter({ hasText: "to fix before saving" });
  await expect(summary).toBeFocused();
  await summary.getByRole("link", { name: "Worked-out value 1 (how, in Spanish) is required." }).click();
  const spanish = worked.getByLabel("How it was worked out, in Spanish");
  await expect(spanish).toBeFocused();
  await expect(page.locator("#field-inferred-0-es-error")).toHaveText(
    "Error: How it was worked out, in Spanish is required.",
  );
  await expect(spanish).toHaveAttribute("aria-invalid", "true");
  await expectNoAxeViolations(page);

  await worked.getByLabel("How it was worked out, in English").fill(reasoning.en);
  await spanish.fill(reasoning.es);
  await page.getByRole("button", { name: "Save new action" }).click();
  await expect(page).toHaveURL(/\/actions\/action-donald-trump-returned-to-the-white-house/);
  await expect(page.getByRole("status").filter({ hasText: "Saved. Version 1." })).toBeVisible();
  await expect(page.getByLabel("Which value")).toHaveValue("date");
  await expect(page.getByLabel("How it was worked out, in English")).toHaveValue(reasoning.en);

  // Saving a public record refreshes the public site's cached pages.
  await expect
    .poll(async () => (await request.get(`${publicSite}/measures/${MEASURE}`)).text(), { timeout: 15_000 })
    .toContain("Donald Trump returned to the White House.");
  const site = await page.context().newPage();
  await site.goto(`${publicSite}/measures/${MEASURE}`);
  const step = site
    .getByRole("region", { name: "Timeline" })
    .getByRole("listitem")
    .filter({ hasText: "Donald Trump returned to the White House." });
  await expect(step).toContainText("January 2025 (worked out, not reported)");
  await step.getByText("How we worked this out").click();
  await expect(step.locator("details")).toContainText(reasoning.en);
  await expectNoAxeViolations(site);

  await site.goto(`${publicSite}/es/measures/${MEASURE}`);
  const paso = site
    .getByRole("region", { name: "Cronología" })
    .getByRole("listitem")
    .filter({ hasText: "Donald Trump returned to the White House." });
  await expect(paso).toContainText("(dato calculado, no informado)");
  await paso.getByText("Cómo lo calculamos").click();
  await expect(paso.locator("details")).toContainText(reasoning.es);
  expect(errors).toEqual([]);
});
