import type { Body } from "@legible/core";
import { createRepositories, type Repositories, seedDatabase } from "@legible/db";
import { createTestDatabase, type TestDatabase, testProviders } from "@legible/db/test-support";
import type { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createContext } from "../../context";
import { createCallerFactory } from "../../trpc";
import { publicRouter } from "./index";

const publicCaller = createCallerFactory(publicRouter);
const COUNCIL = "body-la-city-council";
const CHARTER = "src-la-city-charter";

describe.each(testProviders())("how to have your say on %s", (provider) => {
  let database: TestDatabase;
  let repositories: Repositories;
  const api = () => publicCaller(createContext({ repositories }));

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    repositories = createRepositories(database);
    await seedDatabase(database);
  });
  afterAll(() => database.drop());

  it("the seed's council has no public-comment rules on record: every part is unknown", async () => {
    const view = await api().haveYourSay.forBody({ id: COUNCIL, locale: "en" });
    expect(view).toEqual({
      bodyId: COUNCIL,
      bodyName: "Los Angeles City Council",
      inPerson: null,
      remote: null,
      written: null,
      signUp: null,
      where: null,
      forMeeting: null,
    });
  });

  it("rules staff saved come back in the page's language, each with its source; the rest stay unknown", async () => {
    const council = (await repositories.bodies.get(COUNCIL)) as Body;
    await repositories.bodies.update(
      {
        ...council,
        publicComment: {
          inPerson: {
            value: { allowed: true, minutesPerSpeaker: 2 },
            citation: { sourceId: CHARTER, locator: "Rule 7" },
          },
          signUp: {
            value: {
              how: { en: "Fill in a speaker card.", es: "Llene una tarjeta de orador." },
              closesMinutesBefore: 15,
            },
            citation: { sourceId: CHARTER },
          },
        },
      },
      { id: "user-editor", name: "Editor" },
    );
    const view = await api().haveYourSay.forBody({ id: COUNCIL, locale: "es" });
    expect(view.inPerson).toEqual({
      allowed: true,
      minutesPerSpeaker: 2,
      citation: { title: "Charter of the City of Los Angeles", url: null, locator: "Rule 7" },
    });
    expect(view.signUp).toMatchObject({ how: "Llene una tarjeta de orador.", closesMinutesBefore: 15 });
    expect(view.remote).toBeNull();
    expect(view.written).toBeNull();
    expect(view.where).toBeNull();
  });

  it("on a meeting's page, works out its written deadline and sign-up close in the meeting's own zone", async () => {
    const council = (await repositories.bodies.get(COUNCIL)) as Body;
    await repositories.bodies.update(
      {
        ...council,
        publicComment: {
          written: { value: { allowed: true, hoursBefore: 24 }, citation: { sourceId: CHARTER } },
          signUp: {
            value: { how: { en: "Fill in a speaker card.", es: "Llene una tarjeta." }, closesMinutesBefore: 15 },
            citation: { sourceId: CHARTER },
          },
        },
      },
      { id: "user-editor", name: "Editor" },
    );
    await repositories.meetings.create(
      {
        id: "meeting-deadlines",
        bodyId: COUNCIL,
        name: "Regular meeting",
        start: "2025-03-11T10:00:00-07:00",
        timeZone: "America/Los_Angeles",
        status: "scheduled",
        agenda: [],
        documents: [],
        media: [],
        sourceIds: [CHARTER],
      },
      { id: "user-editor", name: "Editor" },
    );
    const view = await api().haveYourSay.forBody({ id: COUNCIL, locale: "en", meetingId: "meeting-deadlines" });
    // 10:00 Pacific daylight time on Tuesday the 11th: written comments by 10:00 on Monday the 10th.
    // Intl puts a narrow no-break space before "AM".
    const spaced = (time: { date: string; time: string; iso: string } | null | undefined) =>
      time && { date: time.date, time: time.time.replace(/\s/g, " "), iso: time.iso };
    expect(spaced(view.forMeeting?.writtenBy)).toEqual({
      date: "Monday, March 10, 2025",
      time: "10:00 AM",
      iso: "2025-03-10T17:00:00.000Z",
    });
    expect(spaced(view.forMeeting?.signUpClosesAt)).toEqual({
      date: "Tuesday, March 11, 2025",
      time: "9:45 AM",
      iso: "2025-03-11T16:45:00.000Z",
    });
    // Without a meeting, the rules alone; with another body's meeting or an unknown one, not found.
    expect((await api().haveYourSay.forBody({ id: COUNCIL, locale: "en" })).forMeeting).toBeNull();
    const elsewhere = await api()
      .haveYourSay.forBody({ id: COUNCIL, locale: "en", meetingId: "meeting-nowhere" })
      .catch((error: unknown) => error);
    expect((elsewhere as TRPCError).code).toBe("NOT_FOUND");
  });

  it("an unknown body is not found", async () => {
    const missing = await api()
      .haveYourSay.forBody({ id: "body-nowhere", locale: "en" })
      .catch((error: unknown) => error);
    expect((missing as TRPCError).code).toBe("NOT_FOUND");
  });
});
