import { expect, type Locator, test } from "@playwright/test";
import { collectPageErrors, expectNoAxeViolations } from "../../support/page-checks";
import { storageStateOf } from "../../support/staff";

// The staff preview is the public page's own renderer (packages/ui's ExplainerArticle over the
// public view builder), so a published explainer's preview must be the public article itself.

const webPort = Number(process.env.LEGIBLE_E2E_WEB_PORT ?? 3100);
const publicSite = `http://localhost:${webPort}`;
const MEASURE = "measure-sanctuary-ordinance";

test.use({ storageState: storageStateOf("reviewer") });

/**
 * The article as markup that says the same whichever way it was drawn: the server's HTML keeps
 * `<!-- -->` between text runs and writes styles as typed, the browser's own rendering does not;
 * record links in the staff app carry the public site's address.
 */
async function articleMarkup(article: Locator): Promise<string> {
  const html = await article.evaluate((node) => {
    const copy = node.cloneNode(true) as HTMLElement;
    const walker = document.createTreeWalker(copy, NodeFilter.SHOW_COMMENT);
    const comments: Node[] = [];
    while (walker.nextNode()) comments.push(walker.currentNode);
    for (const comment of comments) comment.parentNode?.removeChild(comment);
    copy.normalize();
    copy.querySelectorAll<HTMLElement>("[style]").forEach((element) => {
      element.setAttribute("style", element.style.cssText);
    });
    return copy.outerHTML;
  });
  return html.replaceAll(`href="${publicSite}/`, 'href="/');
}

for (const [locale, prefix] of [
  ["en", ""],
  ["es", "/es"],
] as const) {
  test(`the staff preview of the published ${locale} explainer is the public page's article`, async ({ page }) => {
    const errors = collectPageErrors(page);
    await page.goto(`/explainers/explainer-sanctuary-ordinance-${locale}`);
    const preview = page.getByRole("region", { name: "Live preview" });
    // The preview is laid out by a request after the editor loads: on a busy machine that takes a while.
    await expect(preview.locator("article h1")).toBeVisible({ timeout: 30_000 });
    await expect(preview.locator("article #vote")).toBeVisible();
    await expectNoAxeViolations(page);
    // The explainer's own article, not the vote card's article inside it.
    const staff = await articleMarkup(preview.locator("article").first());

    const resident = await page.context().browser()?.newPage();
    if (!resident) throw new Error("no browser");
    await resident.goto(`${publicSite}${prefix}/explainers/${MEASURE}`);
    const published = await articleMarkup(resident.locator("main > article"));
    await resident.close();

    // Spot checks first, so a failure says what differs in words before the whole markup.
    expect(staff).toContain('id="source-1"');
    expect(staff).toContain(`href="${prefix}/measures/${MEASURE}"`);
    expect(staff).toBe(published);
    expect(errors).toEqual([]);
  });
}
