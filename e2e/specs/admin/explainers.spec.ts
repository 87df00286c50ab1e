import { type Browser, expect, type Page, test } from "@playwright/test";
import { collectPageErrors, expectNoAxeViolations } from "../../support/page-checks";
import { type StaffRoleName, storageStateOf } from "../../support/staff";

const webPort = Number(process.env.LEGIBLE_E2E_WEB_PORT ?? 3100);
const publicSite = `http://localhost:${webPort}`;

async function signedIn(browser: Browser, role: StaffRoleName) {
  const context = await browser.newContext({ storageState: storageStateOf(role) });
  const page = await context.newPage();
  return { context, page, errors: collectPageErrors(page) };
}

function block(page: Page, blockId: string) {
  return page.locator(`#block-${blockId}`);
}

async function addBlock(page: Page, kind: string) {
  await page.getByLabel("Kind of block to add").selectOption(kind);
  await page.getByRole("button", { name: "Add block" }).click();
}

async function cite(page: Page, blockId: string, search: string, title: RegExp) {
  const picker = block(page, blockId);
  await picker.getByLabel("Find a source to cite").fill(search);
  await picker.getByRole("button", { name: title }).click();
}

test.describe("explainers", () => {
  test("an editor writes and submits an explainer, cannot publish it; a reviewer publishes it to the public site", async ({
    browser,
    request,
  }) => {
    // Three staff members in turn (writer, reviewer sending back, writer again, reviewer publishing) on a busy machine.
    test.setTimeout(240_000);
    const measureId = "measure-garcetti-directive-2019";
    const headline = `The 2019 directive on immigrants, in plain words ${Date.now()}`;
    const editor = await signedIn(browser, "editor");
    const page = editor.page;

    await page.goto("/explainers");
    await expect(page.getByRole("heading", { level: 1, name: "Explainers" })).toBeVisible();
    await expect(page.getByRole("link", { name: /sanctuary/i }).first()).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByRole("link", { name: "New explainer" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "New explainer" })).toBeVisible();
    await page.getByLabel("Measure").selectOption(measureId);
    await page.getByRole("radio", { name: "English" }).check();
    await page.getByLabel("Headline").fill(headline);
    await page.getByRole("button", { name: "Create the explainer" }).click();
    await expect(page).toHaveURL(/\/explainers\/explainer-garcetti-directive-2019-en$/);
    await expect(page.getByRole("heading", { level: 1, name: "Edit explainer" })).toBeVisible();
    await expect(page.locator("#lint-summary")).toHaveText(/No problems found/);

    // A summary with no source, written in long words: lint and the grade say so as it is typed.
    await addBlock(page, "summary");
    const summary = block(page, "summary-1");
    await expect(summary).toBeFocused();
    await summary
      .getByLabel("Text", { exact: true })
      .fill(
        "Notwithstanding jurisdictional considerations, the municipal administration's comprehensive immigration-protection directive institutionalized extraordinarily consequential operational prohibitions regarding cooperation.",
      );
    await expect(page.locator("#summary-1-grade")).toHaveText(/above the target of 8/);
    await expect(page.locator("#lint-summary")).toHaveText(/1 error .* 1 warning/);
    await expect(page.getByRole("region", { name: "Checks" })).toContainText("cites no source");

    await cite(page, "summary-1", "news", /Cite Seed story/);
    await expect(summary.getByText(/^Source 1/)).toBeVisible();
    await summary
      .getByLabel("Text", { exact: true })
      .fill(
        "In 2019 the Mayor told city workers not to help with federal immigration arrests. A new law now does the same.",
      );
    await expect(page.locator("#summary-1-grade")).toHaveText(/at or below the target of 8/);
    await expect(page.locator("#lint-summary")).toHaveText(/No problems found/);

    await addBlock(page, "what-it-does");
    await block(page, "what-it-does-1")
      .getByLabel("Text", { exact: true })
      .fill("City workers may not use city money or staff to help federal immigration arrests.");
    await cite(page, "what-it-does-1", "Charter", /Cite Charter of the City of Los Angeles/);
    await cite(page, "what-it-does-1", "news", /Cite Seed story/);

    // Keyboard reordering: focus stays on the control, and the order changes.
    await page.getByRole("button", { name: "Move up Block 2, What it does" }).focus();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 3, name: "Block 1, What it does" })).toBeVisible();
    await expect(page.locator("#what-it-does-1-move-down")).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 3, name: "Block 1, Summary (In short)" })).toBeVisible();

    // The preview is the public page itself, numbering sources as it does: the summary's source is 1.
    const preview = page.getByRole("region", { name: "Live preview" });
    await expect(preview.getByRole("heading", { level: 1, name: headline })).toBeVisible();
    await expect(preview.getByRole("heading", { name: "In short" })).toBeVisible();
    await expect(preview.locator("#source-1")).toContainText("Seed story");
    await expect(preview.getByRole("region", { name: "Sources" })).toContainText("Charter of the City of Los Angeles");

    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByRole("status").filter({ hasText: /^Saved\. Version 2/ })).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByRole("button", { name: "Submit for review" }).click();
    await expect(page.getByText("Submitted for review.")).toBeVisible();
    await expect(page.getByRole("region", { name: "Review and publish" })).toContainText("Waiting for review");

    // Editors get no publish button, and the server refuses them anyway.
    await expect(page.getByRole("button", { name: "Publish", exact: true })).toHaveCount(0);
    await expect(page.getByText("Only reviewers and admins can publish")).toBeVisible();
    const refused = await page.request.post("/api/trpc/explainers.publish", {
      data: { id: "explainer-garcetti-directive-2019-en", version: 3 },
    });
    expect(refused.status()).toBe(403);
    expect(editor.errors).toEqual([]);
    await editor.context.close();

    const reviewer = await signedIn(browser, "reviewer");
    await reviewer.page.goto("/");
    await expect(reviewer.page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
    const waiting = reviewer.page.getByRole("region", { name: "Waiting for review" });
    await expect(waiting.getByRole("link", { name: headline })).toBeVisible();
    await expectNoAxeViolations(reviewer.page);
    await waiting.getByRole("link", { name: headline }).click();
    await expect(reviewer.page.getByRole("heading", { level: 1, name: "Edit explainer" })).toBeVisible();

    // Sending it back asks what needs to change, in plain words, before anything is sent.
    const note = reviewer.page.getByLabel("What needs to change?");
    await reviewer.page.getByRole("button", { name: "Send back to draft" }).click();
    await expect(reviewer.page.getByText("Write what needs to change before sending it back.")).toBeVisible();
    await expect(note).toBeFocused();
    await expect(note).toHaveAttribute("aria-invalid", "true");
    await note.fill("Say which year the directive was signed.");
    await reviewer.page.getByRole("button", { name: "Send back to draft" }).click();
    await expect(reviewer.page.getByText("Sent back to draft.")).toBeVisible();

    // The writer finds the note at the top of the editor and in the history, and submits again.
    const writer = await signedIn(browser, "editor");
    await writer.page.goto("/explainers/explainer-garcetti-directive-2019-en");
    await expect(writer.page.getByText("The reviewer sent this back. What needs to change:")).toBeVisible();
    await expect(writer.page.getByText("Say which year the directive was signed.")).toBeVisible();
    await expectNoAxeViolations(writer.page);
    await writer.page.getByRole("button", { name: "Submit for review" }).click();
    await expect(writer.page.getByText("Submitted for review.")).toBeVisible();
    await expect(writer.page.getByText("The reviewer sent this back.")).toHaveCount(0);
    await writer.page.goto("/explainers/explainer-garcetti-directive-2019-en/history");
    await expect(writer.page.getByText("Say which year the directive was signed.").first()).toBeVisible();
    expect(writer.errors).toEqual([]);
    await writer.context.close();

    await reviewer.page.reload();
    await reviewer.page.getByRole("button", { name: "Publish", exact: true }).click();
    await expect(reviewer.page.getByText("Published revision 1")).toBeVisible();
    await expect(reviewer.page.getByText("The public site was refreshed")).toBeVisible();
    await expect(reviewer.page.getByRole("link", { name: "See the public page" })).toHaveAttribute(
      "href",
      `${publicSite}/explainers/${measureId}`,
    );
    await expect(reviewer.page.getByRole("table", { name: /Published revisions/ })).toContainText("Rita Reviewer");

    await expect
      .poll(async () => (await request.get(`${publicSite}/explainers/${measureId}`)).text(), { timeout: 15_000 })
      .toContain(headline);
    expect(reviewer.errors).toEqual([]);
    await reviewer.context.close();
  });

  test("a second save over newer work is refused with who saved it, and the edits are reapplied on top", async ({
    browser,
  }) => {
    const first = await signedIn(browser, "editor");
    const id = "explainer-lapd-immigration-status-policy-en";
    const created = await first.page.request.post("/api/trpc/explainers.create", {
      data: {
        id,
        measureId: "measure-lapd-immigration-status-policy",
        locale: "en",
        status: "draft",
        headline: "The LAPD's policy on immigration status",
        blocks: [
          {
            id: "summary-1",
            kind: "summary",
            text: "Police do not ask people about their immigration status.",
            citations: [{ sourceId: "src-seed-news-report" }],
          },
        ],
        revisions: [],
        corrections: [],
      },
    });
    expect(created.status(), await created.text()).toBe(200);

    const second = await signedIn(browser, "admin");
    await first.page.goto(`/explainers/${id}`);
    await second.page.goto(`/explainers/${id}`);
    await expect(second.page.getByLabel("Headline")).toHaveValue("The LAPD's policy on immigration status");

    await first.page.getByLabel("Headline").fill("What the LAPD does not ask");
    await first.page.getByRole("button", { name: "Save changes" }).click();
    await expect(first.page.getByRole("status").filter({ hasText: /^Saved\. Version 2/ })).toBeVisible();

    const text = "Police officers do not ask anyone where they were born.";
    await block(second.page, "summary-1").getByLabel("Text", { exact: true }).fill(text);
    await second.page.getByRole("button", { name: "Save changes" }).click();
    const alert = second.page.getByRole("alert").filter({ hasText: "Someone else saved this explainer" });
    await expect(alert).toContainText("Eddie Editor saved version 2");
    await expect(block(second.page, "summary-1").getByLabel("Text", { exact: true })).toHaveValue(text);

    await second.page.getByRole("button", { name: "Reload their version and keep my edits" }).click();
    await expect(second.page.getByText("Loaded version 2 by Eddie Editor")).toBeVisible();
    await expect(second.page.getByLabel("Headline")).toHaveValue("What the LAPD does not ask");
    await expect(block(second.page, "summary-1").getByLabel("Text", { exact: true })).toHaveValue(text);
    await second.page.getByRole("button", { name: "Save changes" }).click();
    await expect(second.page.getByRole("status").filter({ hasText: /^Saved\. Version 3/ })).toBeVisible();

    expect(first.errors).toEqual([]);
    // The refused save is a 409 response, which Chromium may log once (it did not in one CI run:
    // the alert above is what proves the refusal); nothing else may go wrong.
    expect(second.errors.filter((error) => !error.includes("status of 409 (Conflict)"))).toEqual([]);
    expect(second.errors.length).toBeLessThanOrEqual(1);
    await first.context.close();
    await second.context.close();
  });

  test("a save with an empty field is refused beside the field, and leaving with unsaved work asks first", async ({
    browser,
  }) => {
    const { page, errors, context } = await signedIn(browser, "editor");
    await page.goto("/explainers/explainer-sanctuary-ordinance-es");
    await expect(page.getByRole("heading", { level: 1, name: "Edit explainer" })).toBeVisible();
    // The English explainer sits beside the Spanish one for translators.
    await page.getByRole("radio", { name: /The English explainer/ }).check();
    await expect(page.getByRole("region", { name: "The English explainer, read-only" })).toBeVisible();

    await addBlock(page, "questions");
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByRole("status").filter({ hasText: /^Not saved: fix the 2 problems/ })).toBeVisible();
    const question = block(page, "questions-1").getByLabel("Question", { exact: true });
    await expect(question).toHaveAttribute("aria-invalid", "true");
    await expect(question).toHaveAccessibleDescription(/Question is required\./);

    page.once("dialog", (dialog) => void dialog.dismiss());
    await page.getByRole("navigation", { name: "Staff sections" }).getByRole("link", { name: "Dashboard" }).click();
    await expect(page).toHaveURL(/explainer-sanctuary-ordinance-es$/);
    expect(errors).toEqual([]);
    await context.close();
  });
});
