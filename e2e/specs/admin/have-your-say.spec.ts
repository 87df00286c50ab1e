import { type APIRequestContext, expect, type Page, test } from "@playwright/test";
import { collectPageErrors, expectNoAxeViolations } from "../../support/page-checks";
import { storageStateOf } from "../../support/staff";

const webPort = Number(process.env.LEGIBLE_E2E_WEB_PORT ?? 3100);
const publicSite = `http://localhost:${webPort}`;
// Names and ids of this spec's own, so other specs' bodies and meetings are untouched.
const BODY = "Have Your Say Spec Committee";
const BODY_ID = "body-have-your-say-spec-committee";
const MEETING_ID = "meeting-have-your-say-spec";
const MEASURE_ID = "measure-have-your-say-spec";
const CHARTER = "Charter of the City of Los Angeles";
const CHARTER_ID = "src-la-city-charter";

test.use({ storageState: storageStateOf("editor") });

async function trpc(request: APIRequestContext, path: string, input: unknown): Promise<Record<string, unknown>> {
  const response = await request.post(`/api/trpc/${path}`, { data: input });
  expect(response.status(), `${path}: ${(await response.text()).slice(0, 1000)}`).toBe(200);
  return (await response.json()).result.data;
}

async function stored(request: APIRequestContext, collection: string, id: string) {
  const response = await request.get(`/api/trpc/${collection}.get?input=${encodeURIComponent(JSON.stringify({ id }))}`);
  return response.status() === 404 ? null : ((await response.json()).result.data as Record<string, unknown>);
}

/**
 * The spec's committee with no public-comment rules (a rerun takes them off again), a meeting of
 * it and a measure before it, written through the staff API.
 */
async function freshCommittee(request: APIRequestContext): Promise<void> {
  const body = await stored(request, "bodies", BODY_ID);
  const committee = { id: BODY_ID, name: BODY, classification: "committee", sourceIds: [CHARTER_ID] };
  if (body) await trpc(request, "bodies.update", { ...committee, version: body.version });
  else await trpc(request, "bodies.create", committee);
  if (!(await stored(request, "meetings", MEETING_ID))) {
    await trpc(request, "meetings.create", {
      id: MEETING_ID,
      bodyId: BODY_ID,
      name: "Have Your Say Spec hearing",
      start: "2031-05-06T17:00:00Z",
      timeZone: "America/Los_Angeles",
      status: "scheduled",
      agenda: [],
      documents: [],
      media: [],
      sourceIds: [CHARTER_ID],
    });
  }
  if (!(await stored(request, "measures", MEASURE_ID))) {
    await trpc(request, "measures.create", {
      id: MEASURE_ID,
      bodyId: BODY_ID,
      identifier: "HYS 1",
      title: "Have Your Say Spec ordinance",
      classification: "ordinance",
      subjects: [],
      sponsors: [],
      textSections: [],
      relatedMeasures: [],
      sourceIds: [CHARTER_ID],
    });
  }
}

/** Waits until the public site's cached page shows `text` (a save refreshes it). */
async function publicPageShows(page: Page, path: string, text: string): Promise<void> {
  await expect
    .poll(async () => (await page.request.get(`${publicSite}${path}`)).text(), { timeout: 30_000 })
    .toContain(text);
}

test("a clerk says how the public takes part in a committee's meetings; its meeting and measure pages say it in both languages", async ({
  page,
}) => {
  test.setTimeout(180_000);
  await freshCommittee(page.request);
  const errors = collectPageErrors(page);
  await page.goto(`/bodies/${BODY_ID}`);
  const editor = page.getByRole("group", { name: "How to have your say", exact: true });
  await expect(editor).toBeVisible({ timeout: 20_000 });

  // In person: yes, two minutes each, Rule 7 of the Charter. By keyboard: the radio takes arrow keys.
  const inPerson = editor.getByRole("group", { name: "May the public speak at the meeting in person?" });
  await inPerson.getByRole("radio", { name: "Not on record" }).focus();
  await page.keyboard.press("ArrowRight");
  await expect(inPerson.getByRole("radio", { name: "Yes" })).toBeChecked();
  await editor.getByLabel("Minutes each speaker gets (optional)").fill("2");
  await editor.getByLabel("Speaking in person: source").selectOption({ label: CHARTER });
  await editor.getByLabel("Speaking in person: where in the source (optional)").fill("Rule 7");

  // In writing: yes, by email, a day ahead; its source forgotten. Sign-up: English only.
  await editor
    .getByRole("group", { name: "May the public send comments in writing?" })
    .getByRole("radio", { name: "Yes" })
    .check();
  await editor.getByLabel("Email for written comments (optional)").fill("clerk@example.org");
  await editor.getByLabel("Hours before the meeting written comments must arrive (optional)").fill("24");
  await editor
    .getByRole("group", { name: "Signing up to speak: on record?" })
    .getByRole("radio", { name: "On record", exact: true })
    .check();
  await editor.getByLabel("How to sign up, in English").fill("Fill in a speaker card before the item is called.");
  await expectNoAxeViolations(page, "the editor, filled in");

  await page.getByRole("button", { name: "Save changes" }).click();
  const summary = page.getByRole("alert").filter({ hasText: "to fix before saving" });
  await expect(summary).toBeFocused();
  // Each problem named in the summary, in the editor's words, and marked on its control.
  for (const problem of [
    "How to sign up, in Spanish is required.",
    "Comments in writing (source): pick the source that says so.",
    "Signing up to speak (source): pick the source that says so.",
  ]) {
    await expect(summary.getByRole("link", { name: problem })).toBeVisible();
  }
  await expect(editor.getByLabel("Comments in writing: source")).toHaveAttribute("aria-invalid", "true");
  await expectNoAxeViolations(page, "the editor with its problems named");
  await summary.getByRole("link", { name: "How to sign up, in Spanish is required." }).click();
  const spanish = editor.getByLabel("How to sign up, in Spanish");
  await expect(spanish).toBeFocused();
  await expect(spanish).toHaveAttribute("aria-invalid", "true");
  await spanish.fill("Llene una tarjeta de orador antes de que se llame el asunto.");
  await editor.getByLabel("Comments in writing: source").selectOption({ label: CHARTER });
  await editor.getByLabel("Signing up to speak: source").selectOption({ label: CHARTER });

  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("status").filter({ hasText: /Saved\. Version \d+\./ })).toBeVisible();
  await expect(editor.getByLabel("Minutes each speaker gets (optional)")).toHaveValue("2");
  expect(errors).toEqual([]);

  // The public meeting page, in English, then in Spanish; the measure's page too.
  await publicPageShows(page, `/meetings/${MEETING_ID}`, "Each speaker gets 2 minutes.");
  const site = await page.context().newPage();
  await site.goto(`${publicSite}/meetings/${MEETING_ID}`);
  const say = site.getByRole("region", { name: "How to have your say" });
  await expect(say).toContainText("You can speak at the meeting in person.");
  await expect(say).toContainText("Each speaker gets 2 minutes.");
  await expect(say).toContainText(`Source: ${CHARTER}, Rule 7`);
  await expect(say).toContainText("It must arrive at least 24 hours before the meeting starts.");
  // The hearing starts at 10:00 Pacific daylight time on Tuesday, May 6, 2031: the day before, worked out.
  await expect(say.locator("time[datetime='2031-05-05T17:00:00.000Z']")).toHaveText(
    "For this meeting, that is by Monday, May 5, 2031 at 10:00 AM (Pacific Daylight Time), worked out from when the meeting starts.",
  );
  await expect(say.getByRole("link", { name: "clerk@example.org" })).toHaveAttribute(
    "href",
    "mailto:clerk@example.org",
  );
  await expect(say).toContainText("Fill in a speaker card before the item is called.");
  // From afar and where: not on record.
  await expect(say.getByText("Not on record")).toHaveCount(2);
  await expectNoAxeViolations(site, "the public meeting page");

  await site.goto(`${publicSite}/es/meetings/${MEETING_ID}`);
  const opina = site.getByRole("region", { name: "Cómo opinar" });
  await expect(opina).toContainText("Puede hablar en persona en la reunión.");
  await expect(opina).toContainText("Cada persona tiene 2 minutos.");
  await expect(opina).toContainText("Debe llegar al menos 24 horas antes de que empiece la reunión.");
  await expect(opina).toContainText("Para esta reunión, eso es a más tardar el lunes, 5 de mayo de 2031 a las 10:00");
  await expect(opina).toContainText("Llene una tarjeta de orador antes de que se llame el asunto.");
  await expect(opina.getByText("No consta en el registro")).toHaveCount(2);
  await expectNoAxeViolations(site, "the Spanish meeting page");

  await publicPageShows(page, `/es/measures/${MEASURE_ID}`, "Cada persona tiene 2 minutos.");
  await site.goto(`${publicSite}/es/measures/${MEASURE_ID}`);
  const onMeasure = site.getByRole("region", { name: "Cómo opinar" });
  await expect(onMeasure).toContainText("Fuente: Charter of the City of Los Angeles, Rule 7");
  // A measure is not one meeting: no date is worked out there.
  await expect(onMeasure).not.toContainText("Para esta reunión");
  await site.close();
});
