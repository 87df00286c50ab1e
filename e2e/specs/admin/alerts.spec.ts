import { type ReceivedEmail, type SmtpSink, startSmtpSink } from "@legible/alerts/test-support";
import { type APIRequestContext, type Browser, expect, type Page, test } from "@playwright/test";
import { expectNoAxeViolations } from "../../support/page-checks";
import { storageStateOf } from "../../support/staff";

// Email alerts end to end: the staff app's alert worker sends over SMTP_URL to a real SMTP server
// this spec starts (smtp-server) on the port playwright.config.ts gives the apps (web port + 90).
// A resident follows a law on the public site, confirms by the emailed link, gets an alert when
// an editor changes the law in the staff app, unsubscribes with one POST to the List-Unsubscribe
// address (RFC 8058), and gets nothing after the next change. The Spanish form mails in Spanish.

const webPort = Number(process.env.LEGIBLE_E2E_WEB_PORT ?? 3100);
const publicSite = `http://localhost:${webPort}`;
const run = Date.now().toString(36);
const MEASURE = `measure-alerts-${run}`;
const TITLE = `Library hours ordinance ${run}`;

let sink: SmtpSink;

test.use({ storageState: storageStateOf("editor") });
test.describe.configure({ mode: "serial" });

test.beforeAll(async ({ browser }) => {
  sink = await startSmtpSink(webPort + 90);
  const staff = await browser.newContext({ storageState: storageStateOf("editor"), baseURL: adminBase() });
  const created = await staff.request.post("/api/trpc/measures.create", {
    data: {
      id: MEASURE,
      identifier: `CF ${run}`,
      title: TITLE,
      classification: "ordinance",
      subjects: [],
      sponsors: [],
      textSections: [],
      relatedMeasures: [],
      sourceIds: [],
    },
  });
  expect(created.status(), await created.text()).toBe(200);
  await staff.close();
});

test.afterAll(async () => {
  await sink?.close();
});

function adminBase() {
  return `http://localhost:${webPort + 1}`;
}

/** A header of a raw message, unfolded. */
function headerOf(email: ReceivedEmail, name: string): string {
  const head = email.raw.split(/\r?\n\r?\n/)[0]?.replace(/\r?\n[ \t]+/g, "") ?? "";
  return new RegExp(`^${name}:[ \\t]*(.*)$`, "mi").exec(head)?.[1]?.trim() ?? "";
}

function emailsTo(address: string) {
  return (email: ReceivedEmail) => email.to.includes(address);
}

async function follow(browser: Browser, path: string, address: string, frequencyLabel: RegExp) {
  const context = await browser.newContext({ baseURL: publicSite });
  const site = await context.newPage();
  await site.goto(path);
  const form = site.getByRole("region", { name: /Follow by email|Seguir por correo/ });
  await expect(form).toBeVisible();
  await expectNoAxeViolations(site, path);
  // By keyboard: the address, then the choice, then the button.
  await form.getByRole("textbox").fill(address);
  await form.getByRole("radio", { name: frequencyLabel }).check();
  await form.getByRole("button").press("Enter");
  return { context, site };
}

async function editTitle(page: Page, title: string, version: number) {
  await page.goto(`/measures/${MEASURE}`);
  await page.getByLabel("Title", { exact: true }).fill(title);
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Saved. Version ${version}.` })).toBeVisible();
}

test("a resident follows a law, confirms, gets the change, unsubscribes in one click and gets nothing after", async ({
  browser,
  page,
  playwright,
}) => {
  test.slow();
  const address = `resident-${run}@example.org`;
  const { context, site } = await follow(browser, `/measures/${MEASURE}`, address, /each change/);
  // The same answer for any address.
  await expect(site.getByRole("heading", { level: 1, name: "Check your email" })).toBeVisible();
  await expectNoAxeViolations(site, "check your email");

  const [confirmation] = await sink.waitFor(1, emailsTo(address), 30_000);
  expect(confirmation?.parsed.subject).toBe(`Confirm your Legible alert: the law “${TITLE}”`);
  const confirmLink = /(http:\/\/localhost:\d+\/alerts\/confirm\?token=\S+)/.exec(confirmation?.parsed.text ?? "")?.[1];
  expect(confirmLink).toBeTruthy();
  await site.goto(confirmLink as string);
  await expect(site.getByRole("heading", { level: 1, name: "Your alert is on" })).toBeVisible();
  await expect(site.getByText(`You will get an email when the law “${TITLE}” changes.`)).toBeVisible();
  await expectNoAxeViolations(site, "confirmed");

  // An editor changes the law in the staff app.
  const renamed = `${TITLE} (extended hours)`;
  await editTitle(page, renamed, 2);
  const [, alert] = await sink.waitFor(2, emailsTo(address), 30_000);
  expect(alert?.parsed.subject).toBe(`Legible: the law “${renamed}” changed`);
  expect(alert?.parsed.text).toContain(`Title: was “${TITLE}”, now “${renamed}”`);
  expect(alert?.parsed.text).toContain(`${publicSite}/measures/${MEASURE}`);
  expect(alert?.parsed.html).toContain("<del>");
  expect(headerOf(alert as ReceivedEmail, "List-Unsubscribe-Post")).toBe("List-Unsubscribe=One-Click");
  const oneClick = /^<(.+)>$/.exec(headerOf(alert as ReceivedEmail, "List-Unsubscribe"))?.[1];
  expect(oneClick).toMatch(/\/alerts\/unsubscribe\/one-click\?token=/);

  // The manage page from the email's link lists the alert.
  const manageLink = /(http:\/\/localhost:\d+\/alerts\/manage\?token=\S+)/.exec(alert?.parsed.text ?? "")?.[1];
  await site.goto(manageLink as string);
  await expect(site.getByRole("heading", { level: 1, name: "Your email alerts" })).toBeVisible();
  await expect(site.getByRole("link", { name: `the law “${renamed}”` })).toBeVisible();
  await expectNoAxeViolations(site, "manage");

  // One POST, as a mail client sends it: from no page, with RFC 8058's body.
  const mailClient: APIRequestContext = await playwright.request.newContext();
  const unsubscribed = await mailClient.post(oneClick as string, { form: { "List-Unsubscribe": "One-Click" } });
  expect(unsubscribed.status()).toBe(200);
  await mailClient.dispose();

  await editTitle(page, `${renamed} again`, 3);
  // The worker looks every second; several rounds pass with nothing for this address.
  await page.waitForTimeout(8_000);
  expect(sink.received.filter(emailsTo(address))).toHaveLength(2);
  await context.close();
});

test("the Spanish form mails in Spanish, and a changed link gets a plain page saying what to do", async ({
  browser,
}) => {
  const address = `vecina-${run}@example.org`;
  const { context, site } = await follow(browser, `/es/measures/${MEASURE}`, address, /Un correo al día/);
  await expect(site.getByRole("heading", { level: 1, name: "Revise su correo" })).toBeVisible();
  const [confirmation] = await sink.waitFor(1, emailsTo(address), 30_000);
  expect(confirmation?.parsed.subject).toMatch(/^Confirme su alerta de Legible: la ley “/);
  const link = /(http:\/\/localhost:\d+\/es\/alerts\/confirm\?token=\S+)/.exec(confirmation?.parsed.text ?? "")?.[1];
  expect(link).toBeTruthy();
  // A forged token: the signature no longer matches.
  await site.goto(`${(link as string).slice(0, -3)}abc`);
  await expect(site.getByRole("heading", { level: 1, name: "Este enlace no funciona" })).toBeVisible();
  await expect(site.getByText(/El enlace está incompleto o fue cambiado/)).toBeVisible();
  await expectNoAxeViolations(site, "forged link (es)");
  await site.goto(link as string);
  await expect(site.getByRole("heading", { level: 1, name: "Su alerta está activa" })).toBeVisible();
  await expectNoAxeViolations(site, "confirmed (es)");
  await context.close();
});

test("a followed search's words stay text, in the page and in the email", async ({ browser }) => {
  const address = `words-${run}@example.org`;
  const words = `rent <img src=x onerror=alert(${run.length})>`;
  const { context, site } = await follow(browser, `/search?q=${encodeURIComponent(words)}`, address, /each change/);
  const dialogs: string[] = [];
  site.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await expect(site.getByRole("heading", { level: 1, name: "Check your email" })).toBeVisible();
  const [confirmation] = await sink.waitFor(1, emailsTo(address), 30_000);
  expect(confirmation?.parsed.subject).toBe(`Confirm your Legible alert: the search “${words}”`);
  expect(confirmation?.parsed.html).toContain("&lt;img src=x onerror=alert(");
  expect(confirmation?.parsed.html).not.toContain("<img src=x");
  const link = /(http:\/\/localhost:\d+\/alerts\/confirm\?token=\S+)/.exec(confirmation?.parsed.text ?? "")?.[1];
  await site.goto(link as string);
  await expect(site.getByText(`You will get an email when the search “${words}” changes.`)).toBeVisible();
  expect(dialogs).toEqual([]);
  await context.close();
});
