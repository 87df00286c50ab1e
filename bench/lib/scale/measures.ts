import type {
  Action,
  Measure,
  MeasureClassification,
  Person,
  RollCallEntry,
  Statement,
  VoteCounts,
  VoteEvent,
  VoteOption,
} from "@legible/core";
import type { City, Civic } from "./civic";
import { isoDay, SPAN_DAYS, termOf } from "./dates";
import type { Random } from "./random";
import { SEARCH_TERMS, STANCE_OPENINGS, STREETS, TITLE_VERBS, TOPICS, type Topic } from "./vocabulary";

/** Share of measures that go to a recorded council vote with a roll call: ~10 names per measure. */
const VOTED_SHARE = 2 / 3;
/** Share of measures filed in the big city, whose council the veteran sits on. */
const BIG_CITY_SHARE = 0.08;
const STATEMENT_SHARE = 0.3;

/** A measure with everything generated about it, for the explainer generator. */
export interface MeasureStory {
  measure: Measure;
  city: City;
  topic: Topic;
  day: number;
  actions: Action[];
  vote: VoteEvent | null;
  statements: Statement[];
}

export interface MeasureRecords {
  measures: Measure[];
  actions: Action[];
  voteEvents: VoteEvent[];
  statements: Statement[];
  stories: MeasureStory[];
}

const pad = (n: number, width = 6) => String(n).padStart(width, "0");

/** Which measures carry a search term; fixed by index, so counts follow from the size. */
export function searchTermsOf(index: number, measureCount: number): string[] {
  const terms: string[] = [];
  // Ten evenly spread measures, never one of the explainer measures (multiples of 200).
  const rareStep = Math.floor(measureCount / 10);
  if (index % rareStep === 7 && index / rareStep < 10) terms.push(SEARCH_TERMS.rare);
  if (index % 100 === 37) terms.push(SEARCH_TERMS.uncommon);
  return terms;
}

/** Measures with a published explainer: one in 200 (0.5 %), so the featured measure 0 has one. */
export function hasExplainer(index: number): boolean {
  return index % 200 === 0;
}

function rollCallOption(random: Random): VoteOption {
  return random.weighted({ yes: 84, no: 8, absent: 4, abstain: 3, excused: 1 });
}

function countsOf(rollCall: RollCallEntry[]): VoteCounts {
  const counts: VoteCounts = {};
  for (const entry of rollCall) counts[entry.option] = (counts[entry.option] ?? 0) + 1;
  return counts;
}

export function generateMeasures(random: Random, civic: Civic, measureCount: number): MeasureRecords {
  const records: MeasureRecords = { measures: [], actions: [], voteEvents: [], statements: [], stories: [] };
  const [bigCity, ...otherCities] = civic.cities as [City, ...City[]];

  for (let i = 0; i < measureCount; i++) {
    const featured = hasExplainer(i);
    const city = i === 0 || random.chance(BIG_CITY_SHARE) ? bigCity : random.pick(otherCities);
    const topic = random.pick(TOPICS);
    const classification: MeasureClassification = random.weighted({
      ordinance: 45,
      resolution: 25,
      motion: 25,
      "charter-amendment": 2,
      other: 3,
    });
    const day = random.int(SPAN_DAYS - 60);
    const term = termOf(day);
    const council = city.seatHolders.map((holders) => holders[term] as Person);
    const sponsors = random.sample(council, random.between(1, 2));
    const phrase = random.pick(topic.phrases);
    const place = random.pick([
      `in District ${random.between(1, 15)}`,
      `along ${random.pick(STREETS)} Avenue`,
      "citywide",
      `near ${random.pick(STREETS)} Park`,
    ]);
    const extras = searchTermsOf(i, measureCount);
    const title = [`${random.pick(TITLE_VERBS)} ${phrase} ${place}`, ...extras.map((term) => `a rooftop ${term}`)].join(
      " and ",
    );
    const id = `measure-${pad(i)}`;
    const newsSourceId = random.pick(civic.newsSourceIds);
    const measure: Measure = {
      id,
      jurisdictionId: city.jurisdictionId,
      bodyId: city.councilId,
      session: `${isoDay(day).slice(0, 4)}`,
      identifier: `CF ${isoDay(day).slice(2, 4)}-${pad(i)}`,
      title,
      classification,
      abstract: `${title}. ${topic.sentence} Introduced by ${sponsors.map((s) => s.name).join(" and ")}.`,
      subjects: [topic.subject, ...(random.chance(0.3) ? [random.pick(TOPICS).subject] : [])].filter(
        (subject, index, all) => all.indexOf(subject) === index,
      ),
      sponsors: sponsors.map((sponsor, index) => ({ name: sponsor.name, personId: sponsor.id, primary: index === 0 })),
      textSections: [
        {
          number: "Sec. 1",
          heading: "Purpose",
          text: `The ${city.name} finds that ${phrase} matters. ${topic.sentence}`,
        },
        {
          number: "Sec. 2",
          heading: "Effect",
          text: `Within ${random.between(30, 180)} days, city departments shall report on ${phrase} ${place}, including costs and who is served.`,
        },
      ],
      relatedMeasures:
        i > 0 && random.chance(0.2)
          ? [
              {
                relation: "related",
                measureId: `measure-${pad(random.int(i))}`,
                title: "An earlier measure on the same topic",
              },
            ]
          : [],
      sourceIds: [newsSourceId],
    };

    const actions: Action[] = [];
    const action = (
      suffix: string,
      offset: number,
      fields: Omit<Action, "id" | "measureId" | "date" | "sourceIds">,
    ) => {
      const next: Action = {
        id: `action-${pad(i)}-${suffix}`,
        measureId: id,
        date: isoDay(day + offset),
        sourceIds: [newsSourceId],
        ...fields,
      };
      actions.push(next);
      return next;
    };
    action("introduced", 0, {
      description: `Introduced by Councilmember ${sponsors[0]?.name}.`,
      classification: ["introduction"],
      actorBodyId: city.councilId,
      order: 0,
    });
    action("referred", 2, {
      description: "Referred to committee.",
      classification: ["referral-committee"],
      actorBodyId: random.pick(city.committeeIds),
    });

    const voted = featured || random.chance(VOTED_SHARE);
    let vote: VoteEvent | null = null;
    if (voted) {
      const voteDay = day + 35;
      const members = city.seatHolders.map((holders) => holders[termOf(voteDay)] as Person);
      const rollCall: RollCallEntry[] = members.map((member) => ({
        voterName: member.name,
        personId: member.id,
        option: rollCallOption(random),
      }));
      const counts = countsOf(rollCall);
      const passed = (counts.yes ?? 0) >= 8;
      const decided = action("vote", 35, {
        description: passed ? "Adopted by the Council." : "Failed in the Council.",
        classification: [passed ? "passage" : "failure"],
        actorBodyId: city.councilId,
      });
      vote = {
        id: `vote-${pad(i)}`,
        bodyId: city.councilId,
        measureId: id,
        actionId: decided.id,
        date: isoDay(voteDay),
        motionText: `Adopt: ${title}`,
        motionClassification: ["passage"],
        result: passed ? "pass" : "fail",
        counts,
        rollCall,
        sourceIds: [newsSourceId, city.charterSourceId],
      };
      if (passed && classification === "ordinance") {
        action("signed", 45, {
          description: "Signed by the Mayor.",
          classification: ["executive-signature"],
          actorPostId: city.mayorPostId,
        });
      }
    }

    const statements: Statement[] = [];
    const statementCount = featured ? 3 : random.chance(STATEMENT_SHARE) ? random.between(1, 3) : 0;
    for (let k = 0; k < statementCount; k++) {
      const stance = random.weighted({ supports: 45, opposes: 35, neutral: 10, mixed: 10 });
      const byBody = !featured && random.chance(0.05);
      const speaker = k === 0 && sponsors[0] ? sponsors[0] : random.pick(civic.speakers);
      statements.push({
        id: `statement-${pad(i)}-${k + 1}`,
        measureId: id,
        ...(byBody ? { speakerBodyId: random.pick(city.organizationIds) } : { speakerPersonId: speaker.id }),
        stance,
        text: `${random.pick(STANCE_OPENINGS[stance])} ${phrase} ${place} is about ${topic.subject} for everyone here.`,
        date: isoDay(day + random.between(1, 40)),
        medium: random.pick(["spoken", "written", "interview", "press-release", "social-post"] as const),
        sourceId: random.pick(civic.newsSourceIds),
      });
    }

    records.measures.push(measure);
    records.actions.push(...actions);
    if (vote) records.voteEvents.push(vote);
    records.statements.push(...statements);
    if (featured) records.stories.push({ measure, city, topic, day, actions, vote, statements });
  }
  return records;
}
