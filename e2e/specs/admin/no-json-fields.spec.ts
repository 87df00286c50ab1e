import { expect, type Page, test } from "@playwright/test";
import { storageStateOf } from "../../support/staff";

// Every staff form, walked field by field: no control may ask a person to type JSON. A JSON
// textarea is drawn in a monospace face or hinted "JSON"; either fails the walk.

test.use({ storageState: storageStateOf("admin") });

const COLLECTION_FORMS = [
  "measures",
  "votes",
  "actions",
  "people",
  "bodies",
  "posts",
  "memberships",
  "statements",
  "meetings",
  "sources",
  "jurisdictions",
].map((slug) => `/${slug}/new`);

const OTHER_FORMS = [
  "/explainers/new",
  "/explainers/explainer-sanctuary-ordinance-en",
  "/users",
  "/syncs/new",
  "/transfer",
  // Saved records, whose nested fields hold values: the council's voting rules and phrase, the
  // ordinance's sponsors, and the seed's vote.
  "/bodies/body-la-city-council",
  "/measures/measure-sanctuary-ordinance",
  "/votes/vote-council-2024-11-19",
];

/** Opens every nested editor a form starts closed: one item of each list, every optional rule. */
async function openNestedEditors(page: Page): Promise<void> {
  const adders = page.getByRole("button", { name: /^(Add an? |Add voting rules$)/ });
  // An item may bring adders of its own; a bound keeps the walk finite.
  for (let i = 0; i < Math.min(await adders.count(), 30); i++) await adders.nth(i).click();
  const rules = page.getByRole("checkbox", { name: /: the rules say$/ });
  for (let i = 0; i < (await rules.count()); i++) await rules.nth(i).check();
}

// The import's paste box takes a whole file as exported (a Legible dataset, Popolo, OCD, CSV),
// not a record's field, so its fixed-width face is for reading a file, not for typing JSON.
const WHOLE_FILE_BOXES = ["import-pasted"];

/** Each text box that asks for JSON, named by its label. */
async function jsonFields(page: Page): Promise<string[]> {
  return page.locator("textarea, input[type=text], input:not([type])").evaluateAll(
    (controls, wholeFiles) =>
      controls.flatMap((control) => {
        if (wholeFiles.includes(control.id)) return [];
        const described = (control.getAttribute("aria-describedby") ?? "")
          .split(/\s+/)
          .filter(Boolean)
          .map((id) => document.getElementById(id)?.textContent ?? "")
          .join(" ");
        const label = control.id ? (document.querySelector(`label[for="${control.id}"]`)?.textContent ?? "") : "";
        const mono = control.tagName === "TEXTAREA" && getComputedStyle(control).fontFamily.match(/mono|courier/i);
        const classMono = control.tagName === "TEXTAREA" && control.className.includes("font-mono");
        const hintJson = /\bJSON\b/.test(described) || /\bJSON\b/.test(label);
        return mono || classMono || hintJson ? [`${label || control.id || control.tagName} (${described.trim()})`] : [];
      }),
    WHOLE_FILE_BOXES,
  );
}

for (const path of [...COLLECTION_FORMS, ...OTHER_FORMS]) {
  test(`no field of ${path} asks for JSON`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible({ timeout: 20_000 });
    // The form's fields have drawn (a record form loads its record first).
    await expect(page.locator("main form, main textarea, main input").first()).toBeVisible({ timeout: 20_000 });
    await openNestedEditors(page);
    expect(await jsonFields(page)).toEqual([]);
    await expect(page.getByText(/written as JSON/i)).toHaveCount(0);
  });
}
