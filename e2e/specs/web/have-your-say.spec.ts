import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "../../support/page-checks";

// The seed's council has no public-comment rules on record (its one news report says nothing
// about them), so the ordinance's page says so, part by part, in both languages. A body with
// rules is written, and shown, by the staff app's spec (admin/have-your-say.spec.ts).

const ORDINANCE = "/measures/measure-sanctuary-ordinance";
const PARTS = {
  en: [
    "Speaking in person",
    "Speaking from afar",
    "Comments in writing",
    "Signing up to speak",
    "Where meetings are held",
  ],
  es: [
    "Hablar en persona",
    "Hablar a distancia",
    "Comentarios por escrito",
    "Inscribirse para hablar",
    "Dónde se reúne",
  ],
};

test("a measure whose council has no public-comment rules on record says so, part by part, in English", async ({
  page,
}) => {
  await page.goto(ORDINANCE);
  const say = page.getByRole("region", { name: "How to have your say" });
  await expect(say).toContainText(
    "Legible has none of Los Angeles City Council's rules for public comment on record. Ask its clerk before the meeting.",
  );
  for (const part of PARTS.en) {
    await expect(say.getByRole("term").filter({ hasText: part })).toBeVisible();
  }
  await expect(say.getByRole("definition")).toHaveText(Array(5).fill("Not on record"));
  await expectNoAxeViolations(page, "the English measure page");
});

test("the same, in Spanish, with JavaScript off", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${baseURL}/es${ORDINANCE}`);
  const say = page.getByRole("region", { name: "Cómo opinar" });
  await expect(say).toContainText("Legible no tiene registradas las reglas de Los Angeles City Council");
  for (const part of PARTS.es) {
    await expect(say.getByRole("term").filter({ hasText: part })).toBeVisible();
  }
  await expect(say.getByRole("definition")).toHaveText(Array(5).fill("No consta en el registro"));
  await context.close();
  // axe runs in the page's JavaScript, so the Spanish page is checked with it on.
  const withScripts = await browser.newContext();
  const checked = await withScripts.newPage();
  await checked.goto(`${baseURL}/es${ORDINANCE}`);
  await expect(checked.getByRole("region", { name: "Cómo opinar" })).toBeVisible();
  await expectNoAxeViolations(checked, "the Spanish measure page");
  await withScripts.close();
});
