import { readFile } from "node:fs/promises";
import { expect, type Page, test } from "@playwright/test";
import ICAL from "ical.js";
import { collectPageErrors, expectNoAxeViolations } from "../../support/page-checks";
import { storageStateOf } from "../../support/staff";

const webPort = Number(process.env.LEGIBLE_E2E_WEB_PORT ?? 3100);
const publicSite = `http://localhost:${webPort}`;
// Names and ids of this spec's own, so specs running beside it count and sort nothing of it.
const NAME = "Special hearing on the sanctuary ordinance (meetings spec)";
const ID = "meeting-special-hearing-on-the-sanctuary-ordinance-meetings-spec";
const MEASURE = "measure-sanctuary-ordinance";
const COUNCIL = "body-la-city-council";

test.use({ storageState: storageStateOf("editor") });

/** The agenda items' text, in the order the editor shows them. */
async function agendaTexts(page: Page): Promise<string[]> {
  const agenda = page.getByRole("group", { name: "Agenda", exact: true });
  const count = await agenda.getByRole("button", { name: /^Remove agenda item \d+$/ }).count();
  const texts: string[] = [];
  for (let n = 1; n <= count; n++) texts.push(await agenda.getByLabel(`Item ${n}: what it is`).inputValue());
  return texts;
}

/** The events of an iCalendar file, read as a calendar app reads it (ical.js, with its VTIMEZONEs). */
function calendarEvents(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(zone);
  return calendar.getAllSubcomponents("vevent").map((component) => new ICAL.Event(component));
}

/** Waits until the public site's cached page shows `text` (a save refreshes it). */
async function publicPageShows(page: Page, path: string, text: string): Promise<void> {
  await expect
    .poll(async () => (await page.request.get(`${publicSite}${path}`)).text(), { timeout: 20_000 })
    .toContain(text);
}

test("staff write a meeting with a three-item agenda, reorder it by keyboard; the public site shows it in both languages", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const errors = collectPageErrors(page);
  await page.goto("/meetings/new");
  await expect(page.getByRole("heading", { level: 1, name: "New meeting" })).toBeVisible({ timeout: 15_000 });
  await page.getByLabel("Name", { exact: true }).fill(NAME);
  await expect(page.getByLabel("Id", { exact: true })).toHaveValue(ID);
  await page.getByLabel("Body that meets").fill("council");
  await page.getByRole("option", { name: /Los Angeles City Council/ }).click();
  await expect(page.getByLabel("Time zone")).toHaveValue("America/Los_Angeles");
  // Typed as the clock reads in Los Angeles; saved with the zone's offset.
  await page.getByLabel("Starts", { exact: true }).fill("2031-03-04T10:00");
  await page.getByLabel("Place name").fill("John Ferraro Council Chamber, Room 340");

  const agenda = page.getByRole("group", { name: "Agenda", exact: true });
  await expect(agenda).toContainText("No items yet.");
  for (const text of ["Roll call", "Sanctuary city ordinance, second reading", ""]) {
    await agenda.getByRole("button", { name: "Add an agenda item" }).click();
    const count = await agenda.getByRole("button", { name: /^Remove agenda item \d+$/ }).count();
    const field = agenda.getByLabel(`Item ${count}: what it is`);
    // A new item takes the keyboard to its text.
    await expect(field).toBeFocused();
    if (text) await field.fill(text);
  }
  await agenda.getByLabel("Add to item 2: measures it concerns").fill("sanctuary");
  await page.getByRole("option", { name: /Sanctuary city ordinance/ }).click();
  await expect(agenda.getByRole("group", { name: "Item 2: measures it concerns" })).toContainText(
    "Sanctuary city ordinance",
  );

  // The third item has no text: the problem is named by its place, beside it and in the summary.
  await page.getByRole("button", { name: "Save new meeting" }).click();
  const summary = page.getByRole("alert").filter({ hasText: "to fix before saving" });
  await expect(summary).toBeFocused();
  await summary.getByRole("link", { name: "Agenda item 3: text is required." }).click();
  const third = agenda.getByLabel("Item 3: what it is");
  await expect(third).toBeFocused();
  await expect(page.locator("#field-agenda-2-text-error")).toHaveText("Error: Agenda item 3: text is required.");
  await expect(third).toHaveAttribute("aria-invalid", "true");
  await third.fill("Public comment");
  await expectNoAxeViolations(page);

  // Reorder by keyboard: the roll call goes down one place, then public comment up one.
  await agenda.getByRole("button", { name: "Move down agenda item 1" }).focus();
  await page.keyboard.press("Enter");
  await expect(agenda.getByRole("button", { name: "Move down agenda item 2" })).toBeFocused();
  await expect(page.getByRole("status").filter({ hasText: "Agenda item 1 moved to position 2 of 3." })).toBeAttached();
  await agenda.getByRole("button", { name: "Move up agenda item 3" }).focus();
  await page.keyboard.press("Space");
  await expect(agenda.getByRole("button", { name: "Move up agenda item 2" })).toBeFocused();
  expect(await agendaTexts(page)).toEqual(["Sanctuary city ordinance, second reading", "Public comment", "Roll call"]);
  await expect(agenda.getByRole("group", { name: "Item 1: measures it concerns" })).toContainText(
    "Sanctuary city ordinance",
  );

  await page.getByRole("button", { name: "Save new meeting" }).click();
  await expect(page).toHaveURL(new RegExp(`/meetings/${ID}`));
  await expect(page.getByRole("status").filter({ hasText: "Saved. Version 1." })).toBeVisible();
  expect(await agendaTexts(page)).toEqual(["Sanctuary city ordinance, second reading", "Public comment", "Roll call"]);
  await expect(page.getByLabel("Starts", { exact: true })).toHaveValue("2031-03-04T10:00");
  expect(errors).toEqual([]);

  // The public meeting page: local time with the zone named, status, place, agenda in order.
  await publicPageShows(page, `/meetings/${ID}`, NAME);
  const site = await page.context().newPage();
  await site.goto(`${publicSite}/meetings/${ID}`);
  await expect(site.getByRole("heading", { level: 1, name: NAME })).toBeVisible();
  await expect(site.getByText(/Tuesday, March 4, 2031, 10:00\sAM/)).toBeVisible();
  await expect(site.getByText("Pacific Standard Time (America/Los_Angeles)")).toBeVisible();
  await expect(site.getByText("Scheduled", { exact: true })).toBeVisible();
  await expect(site.getByText("John Ferraro Council Chamber, Room 340")).toBeVisible();
  const items = site.getByRole("region", { name: "Agenda" }).getByRole("listitem");
  await expect(items.nth(0)).toContainText("Sanctuary city ordinance, second reading");
  await expect(items.nth(1)).toContainText("Public comment");
  await expect(items.nth(2)).toContainText("Roll call");
  await items
    .nth(0)
    .getByRole("link", { name: /Sanctuary city ordinance/ })
    .click();
  await expect(site).toHaveURL(new RegExp(`/measures/${MEASURE}$`));
  await expectNoAxeViolations(site);

  // The measure lists it, and its timeline has it on its local day.
  await expect(site.getByRole("region", { name: "Meetings" }).getByRole("link", { name: NAME })).toBeVisible();
  await expect(
    site.getByRole("region", { name: "Timeline" }).getByRole("link", { name: `Meeting: ${NAME}` }),
  ).toBeVisible();

  // The body lists it among its upcoming meetings.
  await site.goto(`${publicSite}/bodies/${COUNCIL}`);
  const upcoming = site.getByRole("region", { name: "Upcoming meetings" });
  await expect(upcoming.getByRole("link", { name: NAME })).toBeVisible();
  await expect(upcoming).toContainText("Pacific Standard Time");
  await expectNoAxeViolations(site);

  // Calendars: "add this meeting" gives one event at its local time, with its zone's rules; the
  // body's feed, subscribed to with webcal:, holds it too.
  await site.goto(`${publicSite}/meetings/${ID}`);
  const download = site.waitForEvent("download");
  await site.getByRole("link", { name: "Add this meeting to my calendar (.ics)" }).click();
  const event = calendarEvents(await readFile(await (await download).path(), "utf8")).find((each) =>
    each.uid.includes(ID),
  );
  expect(event?.startDate.toString()).toBe("2031-03-04T10:00:00");
  expect(event?.startDate.zone?.tzid).toBe("America/Los_Angeles");
  expect(event?.startDate.toJSDate().toISOString()).toBe("2031-03-04T18:00:00.000Z");
  expect(event?.summary).toContain(NAME);
  const subscribe = site.getByRole("link", {
    name: "Subscribe to Los Angeles City Council's meetings in my calendar app",
  });
  const webcal = await subscribe.getAttribute("href");
  expect(webcal).toBe(`webcal://localhost:${webPort}/calendars/en/bodies/${COUNCIL}.ics`);
  const feed = await page.request.get(webcal?.replace(/^webcal:/, "http:") ?? "");
  expect(feed.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
  expect(calendarEvents(await feed.text()).map((each) => each.summary)).toContain(`Los Angeles City Council: ${NAME}`);
  await expectNoAxeViolations(site);

  // In Spanish, the same page in the meeting's own local time.
  await site.goto(`${publicSite}/es/meetings/${ID}`);
  await expect(site.getByRole("heading", { level: 1, name: NAME })).toBeVisible();
  await expect(site.getByText(/martes, 4 de marzo de 2031, 10:00\sa\.\s?m\./)).toBeVisible();
  await expect(site.getByText("hora estándar del Pacífico (America/Los_Angeles)")).toBeVisible();
  await expect(site.getByText("Programada", { exact: true })).toBeVisible();
  await expect(site.getByRole("region", { name: "Orden del día" })).toContainText("Public comment");
  await expectNoAxeViolations(site);
  await site.goto(`${publicSite}/es/bodies/${COUNCIL}`);
  await expect(
    site.getByRole("region", { name: "Próximas reuniones" }).getByRole("link", { name: NAME }),
  ).toBeVisible();

  // Cancelled: said plainly, in both languages.
  await page.getByLabel("Status", { exact: true }).selectOption("cancelled");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved. Version 2." })).toBeVisible();
  await publicPageShows(page, `/meetings/${ID}`, "This meeting is cancelled.");
  await site.goto(`${publicSite}/meetings/${ID}`);
  await expect(site.getByText("This meeting is cancelled. It will not take place.")).toBeVisible();
  await expect(site.getByText("Cancelled", { exact: true }).first()).toBeVisible();
  await site.goto(`${publicSite}/es/meetings/${ID}`);
  await expect(site.getByText("Esta reunión está cancelada. No se celebrará.")).toBeVisible();
  await expect(site.getByText("Cancelada", { exact: true }).first()).toBeVisible();
  await expectNoAxeViolations(site);
});
