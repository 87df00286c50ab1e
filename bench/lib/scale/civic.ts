import type { Body, Jurisdiction, Membership, Person, Post, Source, VotingRules } from "@legible/core";
import { TERMS } from "./dates";
import type { Random } from "./random";
import { CITY_ENDINGS, CITY_STEMS, FAMILY_NAMES, GIVEN_NAMES, PUBLISHERS, VETERAN } from "./vocabulary";

/** Every council has this many seats: the roll calls the scenarios need are 15 names long. */
export const COUNCIL_SEATS = 15;
const COMMITTEES_PER_CITY = 2;
const COMMITTEE_SIZE = 5;
const ORGANIZATIONS = ["Chamber of Commerce", "Tenants Union", "Neighborhood Alliance"] as const;

/** One city's government, as the measure generator needs to refer to it. */
export interface City {
  jurisdictionId: string;
  name: string;
  councilId: string;
  mayorBodyId: string;
  mayorPostId: string;
  committeeIds: string[];
  /** Outside groups that take positions on measures (statements by a body come from these). */
  organizationIds: string[];
  charterSourceId: string;
  /** seatHolders[seat][term]: who held each council seat in each term. */
  seatHolders: Person[][];
  /** mayors[term]: the mayor in each council term. */
  mayors: Person[];
}

export interface Civic {
  jurisdictions: Jurisdiction[];
  sources: Source[];
  bodies: Body[];
  posts: Post[];
  people: Person[];
  memberships: Membership[];
  cities: City[];
  /** People who speak about measures without holding office. */
  speakers: Person[];
  newsSourceIds: string[];
  veteran: Person;
}

const pad = (n: number, width = 5) => String(n).padStart(width, "0");

function councilRules(charterSourceId: string, mayorPostId: string): VotingRules {
  const charter = (locator: string) => ({ sourceId: charterSourceId, locator });
  return {
    seats: { value: COUNCIL_SEATS, citation: charter("Sec. 201") },
    quorum: { value: { fraction: "majority", of: "seats" }, citation: charter("Sec. 244") },
    passage: {
      ordinance: { value: { fraction: "majority", of: "seats" }, citation: charter("Sec. 244") },
      resolution: { value: { fraction: "majority", of: "present" }, citation: charter("Sec. 245") },
      motion: { value: { fraction: "majority", of: "present" }, citation: charter("Sec. 245") },
    },
    executive: {
      title: { en: "the Mayor", es: "la Alcaldía" },
      postId: mayorPostId,
      appliesTo: ["ordinance"],
      override: { value: { fraction: "two-thirds", of: "seats" }, citation: charter("Sec. 250") },
    },
  };
}

/**
 * Cities (jurisdictions) with a 15-seat council, a mayor, two committees and three outside
 * groups; people holding
 * every seat over three terms; speakers; and the sources all of it cites. City 0 is the big
 * city: the veteran holds its first seat in every term, so her record grows with the dataset.
 */
export function generateCivic(random: Random, measureCount: number): Civic {
  const cityCount = Math.max(2, Math.round(measureCount / 2_500));
  const people: Person[] = [];
  const usedNames = new Set<string>();
  const newPerson = (given?: string, family?: string): Person => {
    let givenName = given ?? random.pick(GIVEN_NAMES);
    let familyName = family ?? random.pick(FAMILY_NAMES);
    // Names repeat in real cities, but a unique name makes a person's search predictable.
    while (!given && usedNames.has(`${givenName} ${familyName}`)) {
      givenName = random.pick(GIVEN_NAMES);
      familyName = `${random.pick(FAMILY_NAMES)}-${random.pick(FAMILY_NAMES)}`;
    }
    usedNames.add(`${givenName} ${familyName}`);
    const person: Person = {
      id: `person-${pad(people.length)}`,
      name: `${givenName} ${familyName}`,
      givenName,
      familyName,
      sourceIds: [],
    };
    people.push(person);
    return person;
  };
  const veteran = newPerson(VETERAN.givenName, VETERAN.familyName);
  const civic: Civic = {
    jurisdictions: [],
    sources: [],
    bodies: [],
    posts: [],
    people,
    memberships: [],
    cities: [],
    speakers: [],
    newsSourceIds: [],
    veteran,
  };

  const newsCount = Math.max(20, Math.round(measureCount / 5));
  for (let k = 0; k < newsCount; k++) {
    const id = `src-news-${pad(k, 6)}`;
    civic.newsSourceIds.push(id);
    civic.sources.push({
      id,
      kind: "news-report",
      title: `Council roundup ${k + 1}: what passed, what stalled and what comes next`,
      publisher: random.pick(PUBLISHERS),
      date: `20${16 + random.int(10)}-${pad(1 + random.int(12), 2)}-${pad(1 + random.int(28), 2)}`,
      url: `https://news.example.org/roundup/${k + 1}`,
    });
  }

  for (let c = 0; c < cityCount; c++) {
    const name = `${CITY_STEMS[c % CITY_STEMS.length]}${CITY_ENDINGS[Math.floor(c / CITY_STEMS.length) % CITY_ENDINGS.length]}${c >= CITY_STEMS.length * CITY_ENDINGS.length ? ` ${c}` : ""}`;
    const slug = `${name.toLowerCase().replace(/[^a-z0-9]+/g, "-")}-${c}`;
    const jurisdictionId = `ocd-jurisdiction/country:us/state:ca/place:${slug.replace(/-/g, "_")}/government`;
    const charterSourceId = `src-charter-${c}`;
    const city: City = {
      jurisdictionId,
      name: `City of ${name}`,
      councilId: `body-${c}-council`,
      mayorBodyId: `body-${c}-mayor`,
      mayorPostId: `post-${c}-mayor`,
      committeeIds: [],
      organizationIds: [],
      charterSourceId,
      seatHolders: [],
      mayors: [],
    };
    civic.jurisdictions.push({
      id: jurisdictionId,
      name: city.name,
      slug,
      classification: "government",
      divisionId: `ocd-division/country:us/state:ca/place:${slug.replace(/-/g, "_")}`,
      url: `https://${slug}.example.gov`,
    });
    civic.sources.push({
      id: charterSourceId,
      kind: "official-record",
      title: `Charter of the ${city.name}`,
      publisher: city.name,
      date: "2015",
      url: `https://${slug}.example.gov/charter`,
    });
    civic.bodies.push(
      {
        id: city.councilId,
        jurisdictionId,
        name: `${name} City Council`,
        classification: "legislature",
        phrase: { en: "the Council", es: "el Concejo" },
        rules: councilRules(charterSourceId, city.mayorPostId),
        sourceIds: [charterSourceId],
      },
      {
        id: city.mayorBodyId,
        jurisdictionId,
        name: `Office of the Mayor of ${name}`,
        classification: "executive",
        sourceIds: [charterSourceId],
      },
    );
    civic.posts.push({ id: city.mayorPostId, bodyId: city.mayorBodyId, label: "Mayor", role: "Mayor" });

    for (let seat = 0; seat < COUNCIL_SEATS; seat++) {
      const postId = `post-${c}-district-${seat + 1}`;
      civic.posts.push({ id: postId, bodyId: city.councilId, label: `District ${seat + 1}`, role: "Councilmember" });
      const holders = TERMS.map(() => (c === 0 && seat === 0 ? civic.veteran : newPerson()));
      city.seatHolders.push(holders);
      TERMS.forEach((term, t) => {
        civic.memberships.push({
          id: `term-${c}-${seat + 1}-${t}`,
          personId: (holders[t] as Person).id,
          postId,
          bodyId: city.councilId,
          role: "Councilmember",
          startDate: term.startDate,
          endDate: term.endDate,
          ...(term.endDate === null ? { current: true } : {}),
          sourceIds: [charterSourceId],
        });
      });
    }
    city.mayors = TERMS.map(() => newPerson());
    TERMS.forEach((term, t) => {
      civic.memberships.push({
        id: `term-${c}-mayor-${t}`,
        personId: (city.mayors[t] as Person).id,
        postId: city.mayorPostId,
        role: "Mayor",
        startDate: term.startDate,
        endDate: term.endDate,
        ...(term.endDate === null ? { current: true } : {}),
        sourceIds: [charterSourceId],
      });
    });

    for (let k = 0; k < COMMITTEES_PER_CITY; k++) {
      const committeeId = `body-${c}-committee-${k + 1}`;
      city.committeeIds.push(committeeId);
      civic.bodies.push({
        id: committeeId,
        jurisdictionId,
        name: `${name} ${k === 0 ? "Budget and Finance" : "Planning and Land Use"} Committee`,
        classification: "committee",
        parentId: city.councilId,
        sourceIds: [charterSourceId],
      });
      const current = city.seatHolders.slice(k * COMMITTEE_SIZE, (k + 1) * COMMITTEE_SIZE).map((h) => h[2] as Person);
      current.forEach((member, m) => {
        civic.memberships.push({
          id: `term-${c}-committee-${k + 1}-${m + 1}`,
          personId: member.id,
          bodyId: committeeId,
          role: m === 0 ? "Chair" : "Member",
          startDate: "2024-01-01",
          endDate: null,
          current: true,
          sourceIds: [charterSourceId],
        });
      });
    }
    for (const group of ORGANIZATIONS) {
      const organizationId = `body-${c}-${group.toLowerCase().replace(/\s+/g, "-")}`;
      city.organizationIds.push(organizationId);
      civic.bodies.push({
        id: organizationId,
        jurisdictionId,
        name: `${name} ${group}`,
        classification: "organization",
        sourceIds: [random.pick(civic.newsSourceIds)],
      });
    }
    civic.cities.push(city);
  }

  // About one person per 20 measures in all, most of them residents and advocates who speak.
  const speakerCount = Math.max(50, Math.round(measureCount / 20) - civic.people.length);
  for (let k = 0; k < speakerCount; k++) civic.speakers.push(newPerson());
  for (const person of civic.people) person.sourceIds = [random.pick(civic.newsSourceIds)];
  return civic;
}
