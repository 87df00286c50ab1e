import type { Explainer, Measure, Meeting, VoteEvent } from "@legible/core";
import type { Repositories } from "@legible/db";

// Records added to the seed story so every branch of the hot queries runs: roll calls (the vote
// page's terms, a person's voting record), several measures with actions, votes and statements,
// and explainers waiting in review and in draft (the dashboard). Ids are fixed so the test can
// name them.

const COUNCIL = "body-la-city-council";
const SOURCE = "src-seed-news-report";
const SEATS = 15;
const MEASURES = 12;

export const FIXTURE = {
  council: COUNCIL,
  councilMember: "person-council-member-1",
  measure: "measure-fixture-1",
  vote: "vote-fixture-1",
  draftExplainer: "explainer-fixture-draft-en",
  reviewExplainer: "explainer-fixture-review-en",
  meeting: "meeting-fixture-1-past",
  /** Splits the fixture's meetings: each measure has one before it and one after. */
  now: "2025-12-01T00:00:00Z",
} as const;

const member = (seat: number) => `person-council-member-${seat}`;
const seats = Array.from({ length: SEATS }, (_, index) => index + 1);

function measure(n: number): Measure {
  return {
    id: `measure-fixture-${n}`,
    jurisdictionId: "ocd-jurisdiction/country:us/state:ca/place:los_angeles/government",
    bodyId: COUNCIL,
    session: "2025-2026",
    identifier: `CF 25-${1000 + n}`,
    title: `Council file ${n} on street vending permits`,
    classification: "ordinance",
    abstract: `Changes how street vending permits are issued, part ${n}.`,
    subjects: ["street vending"],
    sponsors: [{ name: `Council Member ${n}`, personId: member(((n - 1) % SEATS) + 1), primary: true }],
    textSections: [],
    relatedMeasures: n > 1 ? [{ relation: "amends", measureId: `measure-fixture-${n - 1}` }] : [],
    sourceIds: [SOURCE],
  };
}

function vote(n: number): VoteEvent {
  return {
    id: `vote-fixture-${n}`,
    bodyId: COUNCIL,
    measureId: `measure-fixture-${n}`,
    date: `2025-03-${String(n).padStart(2, "0")}`,
    motionText: `Adopt council file ${n}`,
    result: "pass",
    counts: { yes: SEATS - 1, no: 1 },
    rollCall: seats.map((seat) => ({
      voterName: `Council Member ${seat}`,
      personId: member(seat),
      option: seat === SEATS ? "no" : "yes",
    })),
    sourceIds: [SOURCE],
  };
}

/** A council meeting that took measure `n` up, before `FIXTURE.now` or after it. */
function meeting(n: number, when: "past" | "upcoming"): Meeting {
  const day = String(n).padStart(2, "0");
  return {
    id: `meeting-fixture-${n}-${when}`,
    bodyId: COUNCIL,
    name: `Council meeting ${n} (${when})`,
    start: `${when === "past" ? "2025" : "2026"}-03-${day}T10:00:00-08:00`,
    timeZone: "America/Los_Angeles",
    status: when === "past" ? "held" : "scheduled",
    location: { name: "Council Chamber" },
    agenda: [
      {
        number: String(n),
        text: `Council file ${n} on street vending permits`,
        measureIds: [`measure-fixture-${n}`],
        notes: [],
        actionIds: when === "past" ? [`action-fixture-${n}-1`] : [],
        voteIds: when === "past" ? [`vote-fixture-${n}`] : [],
      },
    ],
    documents: [{ kind: "agenda", title: "Agenda", url: "https://clerk.example.gov/agenda.pdf" }],
    media: [],
    sourceIds: [SOURCE],
  };
}

function unpublishedExplainer(id: string, measureId: string, status: "draft" | "in-review"): Explainer {
  return {
    id,
    measureId,
    locale: "en",
    status,
    headline: `What council file ${measureId} would change`,
    blocks: [{ id: "block-summary", kind: "summary", text: "It changes street vending permits.", citations: [] }],
    revisions: [],
    corrections: [],
  } as Explainer;
}

/** Adds the fixture records in one transaction, through the same stores staff saves go through. */
export async function addPlanFixture(repositories: Repositories): Promise<void> {
  const actor = { name: "query plan fixture" };
  await repositories.batch(async (stores) => {
    for (const seat of seats) {
      await stores.posts.create(
        { id: `post-council-district-${seat}`, bodyId: COUNCIL, label: `District ${seat}`, role: "Council Member" },
        actor,
      );
      await stores.people.create(
        { id: member(seat), name: `Council Member ${seat}`, familyName: `Member ${seat}`, sourceIds: [SOURCE] },
        actor,
      );
      await stores.memberships.create(
        {
          id: `term-council-district-${seat}`,
          personId: member(seat),
          bodyId: COUNCIL,
          postId: `post-council-district-${seat}`,
          role: "Council Member",
          startDate: "2022-12-12",
          endDate: null,
          current: true,
          sourceIds: [SOURCE],
        },
        actor,
      );
    }
    for (let n = 1; n <= MEASURES; n++) {
      await stores.measures.create(measure(n), actor);
      for (const [step, date] of [
        `2025-01-${String(n).padStart(2, "0")}`,
        `2025-02-${String(n).padStart(2, "0")}`,
      ].entries()) {
        await stores.actions.create(
          {
            id: `action-fixture-${n}-${step}`,
            measureId: `measure-fixture-${n}`,
            date,
            description: step === 0 ? "Introduced" : "Heard in committee",
            classification: [],
            actorBodyId: COUNCIL,
            sourceIds: [SOURCE],
          },
          actor,
        );
      }
      await stores.voteEvents.create(vote(n), actor);
      await stores.statements.create(
        {
          id: `statement-fixture-${n}`,
          measureId: `measure-fixture-${n}`,
          speakerPersonId: member(((n - 1) % SEATS) + 1),
          stance: "supports",
          text: `Council file ${n} gives vendors a fair path to a permit.`,
          date: null,
          medium: null,
          sourceId: SOURCE,
        },
        actor,
      );
      await stores.meetings.create(meeting(n, "past"), actor);
      await stores.meetings.create(meeting(n, "upcoming"), actor);
    }
    await stores.explainers.create(unpublishedExplainer(FIXTURE.draftExplainer, "measure-fixture-1", "draft"), actor);
    await stores.explainers.create(
      unpublishedExplainer(FIXTURE.reviewExplainer, "measure-fixture-2", "in-review"),
      actor,
    );
  });
}
