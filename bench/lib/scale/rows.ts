import {
  type Action,
  type Body,
  type Dataset,
  dateRange,
  type Explainer,
  type Jurisdiction,
  type Measure,
  type Meeting,
  type Membership,
  measureStage,
  type PartialDate,
  type Person,
  type Post,
  type Source,
  type Statement,
  type VoteEvent,
  type VotingRules,
} from "@legible/core";
import { agendaLinks, type Database, RECORD_KINDS, type RecordCollection, rollCallRows } from "@legible/db";

// Core records as table rows, column for column as packages/db's record kinds write them
// (kinds/*.ts `fields()`); the bench checks the result by reading records back through the
// repositories and comparing (round-trip.ts). Citations and search text come from the
// kinds themselves, and roll calls from the vote kind's own rollCallRows, not from a copy.

type Client = Database["prisma"];
type Models = {
  [M in keyof Client]: Client[M] extends { createMany: (...args: never[]) => unknown } ? M : never;
}[keyof Client];
/** The row type Prisma's createMany takes for a model. */
export type RowOf<M extends Models> = Extract<
  NonNullable<Parameters<Client[M]["createMany"]>[0]>["data"],
  readonly unknown[]
>[number];

const BY = "bench";

/** The first day a partial date covers, as kinds/dates.ts stores it for sorting. */
function dateStart(date: PartialDate): string {
  return dateRange(date)?.start ?? date;
}

const jurisdiction = (r: Jurisdiction): RowOf<"jurisdiction"> => ({
  id: r.id,
  name: r.name,
  slug: r.slug,
  classification: r.classification,
  divisionId: r.divisionId,
  url: r.url ?? null,
  updatedBy: BY,
});

const source = (r: Source): RowOf<"source"> => ({
  id: r.id,
  kind: r.kind,
  title: r.title,
  publisher: r.publisher,
  date: r.date,
  url: r.url ?? null,
  accessedOn: r.accessedOn ?? null,
  updatedBy: BY,
});

const body = (r: Body): RowOf<"body"> => ({
  id: r.id,
  jurisdictionId: r.jurisdictionId ?? null,
  name: r.name,
  classification: r.classification,
  parentId: r.parentId ?? null,
  ...(r.phrase ? { phrase: r.phrase } : {}),
  ...(r.rules ? { rules: r.rules } : {}),
  foundingDate: r.foundingDate ?? null,
  dissolutionDate: r.dissolutionDate ?? null,
  updatedBy: BY,
});

const post = (r: Post): RowOf<"post"> => ({
  id: r.id,
  bodyId: r.bodyId,
  label: r.label,
  role: r.role ?? null,
  startDate: r.startDate ?? null,
  endDate: r.endDate ?? null,
  updatedBy: BY,
});

const person = (r: Person): RowOf<"person"> => ({
  id: r.id,
  name: r.name,
  givenName: r.givenName ?? null,
  familyName: r.familyName ?? null,
  image: r.image ?? null,
  updatedBy: BY,
});

const membership = (r: Membership): RowOf<"membership"> => ({
  id: r.id,
  personId: r.personId,
  bodyId: r.bodyId ?? null,
  postId: r.postId ?? null,
  role: r.role ?? null,
  startDate: r.startDate,
  endDate: r.endDate,
  current: r.current ?? null,
  updatedBy: BY,
});

/**
 * A measure's browse columns as the store's measure listing writes them on each save: its stage
 * (core's measureStage, from its actions and its body's rules) and its latest action.
 */
export interface MeasureListing {
  stage: string;
  latestActionId: string | null;
  latestActionOn: string;
  latestActionYear: number | null;
}

function measureListings(dataset: Records): Map<string, MeasureListing> {
  const rules = new Map(dataset.bodies.map((body) => [body.id, body.rules as VotingRules | undefined]));
  const actions = new Map<string, Action[]>();
  for (const action of dataset.actions) {
    const list = actions.get(action.measureId);
    if (list) list.push(action);
    else actions.set(action.measureId, [action]);
  }
  return new Map(
    dataset.measures.map((measure) => {
      const own = actions.get(measure.id) ?? [];
      const bodyRules = measure.bodyId ? rules.get(measure.bodyId) : undefined;
      const { stage } = measureStage({
        measure: { classification: measure.classification },
        actions: own.map((action) => ({ ...action, description: "", sourceIds: [] })),
        body: bodyRules ? { rules: bodyRules } : undefined,
      });
      // The latest by first day, then order, then id, as the listing picks it.
      const latest = [...own]
        .sort(
          (a, b) =>
            dateStart(a.date).localeCompare(dateStart(b.date)) ||
            (a.order ?? 0) - (b.order ?? 0) ||
            a.id.localeCompare(b.id),
        )
        .at(-1);
      const on = latest ? dateStart(latest.date) : "";
      return [
        measure.id,
        {
          stage,
          latestActionId: latest?.id ?? null,
          latestActionOn: on,
          latestActionYear: on ? Number(on.slice(0, 4)) : null,
        },
      ];
    }),
  );
}

const measure = (r: Measure, listing: MeasureListing | undefined): RowOf<"measure"> => ({
  id: r.id,
  jurisdictionId: r.jurisdictionId ?? null,
  bodyId: r.bodyId ?? null,
  session: r.session ?? null,
  identifier: r.identifier,
  title: r.title,
  classification: r.classification,
  abstract: r.abstract ?? null,
  subjects: r.subjects,
  sponsors: r.sponsors,
  textSections: r.textSections,
  relatedMeasures: r.relatedMeasures,
  ...listing,
  updatedBy: BY,
});

const meeting = (r: Meeting): RowOf<"meeting"> => ({
  id: r.id,
  bodyId: r.bodyId,
  jurisdictionId: r.jurisdictionId ?? null,
  name: r.name,
  start: r.start,
  startsAt: new Date(r.start),
  end: r.end ?? null,
  timeZone: r.timeZone,
  status: r.status,
  ...(r.location ? { location: r.location } : {}),
  description: r.description ?? null,
  agenda: r.agenda,
  documents: r.documents,
  media: r.media,
  updatedBy: BY,
});

const meetingLinks = (r: Meeting): RowOf<"meetingAgendaLink">[] =>
  agendaLinks(r).map((link) => ({ meetingId: r.id, ...link, startsAt: new Date(r.start) }));

const action = (r: Action): RowOf<"action"> => ({
  id: r.id,
  measureId: r.measureId,
  date: r.date,
  dateStart: dateStart(r.date),
  description: r.description,
  classification: r.classification,
  actorBodyId: r.actorBodyId ?? null,
  actorPostId: r.actorPostId ?? null,
  order: r.order ?? null,
  updatedBy: BY,
});

const voteEvent = (r: VoteEvent): RowOf<"voteEvent"> => ({
  id: r.id,
  bodyId: r.bodyId,
  measureId: r.measureId,
  actionId: r.actionId ?? null,
  date: r.date,
  dateStart: dateStart(r.date),
  motionText: r.motionText,
  ...(r.motionClassification ? { motionClassification: r.motionClassification } : {}),
  result: r.result,
  counts: r.counts,
  rollCallKnown: r.rollCall !== null,
  updatedBy: BY,
});

const statement = (r: Statement): RowOf<"statement"> => ({
  id: r.id,
  measureId: r.measureId ?? null,
  speakerPersonId: r.speakerPersonId ?? null,
  speakerBodyId: r.speakerBodyId ?? null,
  stance: r.stance,
  text: r.text,
  date: r.date,
  dateStart: r.date === null ? null : dateStart(r.date),
  medium: r.medium,
  sourceId: r.sourceId,
  updatedBy: BY,
});

const explainer = (r: Explainer): RowOf<"explainer"> => ({
  id: r.id,
  measureId: r.measureId,
  locale: r.locale,
  translationOf: r.translationOf ?? null,
  status: r.status,
  headline: r.headline,
  updatedBy: BY,
});

const explainerBlocks = (r: Explainer): RowOf<"explainerBlock">[] =>
  r.blocks.map(({ id, kind, citations, ...content }, position) => ({
    explainerId: r.id,
    position,
    blockId: id,
    kind,
    citations,
    content,
  }));

const explainerRevisions = (r: Explainer): RowOf<"explainerRevision">[] =>
  r.revisions.map((revision) => ({
    explainerId: r.id,
    number: revision.number,
    publishedAt: new Date(revision.publishedAt),
    publishedBy: revision.publishedBy ?? null,
    headline: revision.headline,
    blocks: revision.blocks,
  }));

type Records = Omit<Dataset, "format" | "version" | "notes">;

/** SourceCitation rows of every record, as the store writes them on save: each source once, in order. */
function citations(dataset: Records): RowOf<"sourceCitation">[] {
  return (Object.keys(RECORD_KINDS) as RecordCollection[]).flatMap((collection) => {
    const kind = RECORD_KINDS[collection] as unknown as {
      type: string;
      sourceIds(record: { id: string }): string[];
    };
    return (dataset[collection] as { id: string }[]).flatMap((record) =>
      [...new Set(kind.sourceIds(record))].map((sourceId, position) => ({
        recordType: kind.type,
        recordId: record.id,
        sourceId,
        position,
      })),
    );
  });
}

type Facets = Pick<RowOf<"searchDocument">, "stage" | "bodyId" | "year" | "sortDate">;

/** Each document's facets, as repositories/search-facets.ts copies them from its record. */
function searchFacets(dataset: Records, listings: Map<string, MeasureListing>): Map<string, Facets> {
  const facets = new Map<string, Facets>();
  const ofMeasure = (measure: Measure): Facets => {
    const listing = listings.get(measure.id);
    return {
      stage: listing?.stage ?? "unknown",
      bodyId: measure.bodyId ?? null,
      year: listing?.latestActionYear ?? null,
      sortDate: listing?.latestActionOn ?? "",
    };
  };
  const measures = new Map(dataset.measures.map((measure) => [measure.id, measure]));
  for (const measure of dataset.measures) facets.set(`measure:${measure.id}`, ofMeasure(measure));
  for (const explainer of dataset.explainers) {
    const measure = measures.get(explainer.measureId);
    if (measure) facets.set(`explainer:${explainer.id}`, ofMeasure(measure));
  }
  for (const meeting of dataset.meetings ?? []) {
    facets.set(`meeting:${meeting.id}`, {
      bodyId: meeting.bodyId,
      year: Number(meeting.start.slice(0, 4)),
      sortDate: meeting.start.slice(0, 10),
    });
  }
  return facets;
}

/** SearchDocument rows from each kind's own searchTexts, keyed as the store keys them, with their facets. */
export function searchDocuments(
  dataset: Records,
  listings: Map<string, MeasureListing> = measureListings(dataset),
): RowOf<"searchDocument">[] {
  const facets = searchFacets(dataset, listings);
  return (Object.keys(RECORD_KINDS) as RecordCollection[]).flatMap((collection) => {
    const kind = RECORD_KINDS[collection] as unknown as {
      type: string;
      searchTexts(record: { id: string }): { locale: string; title: string; body: string }[];
    };
    return (dataset[collection] as { id: string }[]).flatMap((record) =>
      kind.searchTexts(record).map((text) => ({
        key: `${kind.type}:${record.id}:${text.locale}`,
        recordType: kind.type,
        recordId: record.id,
        ...text,
        ...(facets.get(`${kind.type}:${record.id}`) ?? { stage: null, bodyId: null, year: null, sortDate: "" }),
      })),
    );
  });
}

/** One table's rows; tables come in the order foreign keys need. */
export type TableRows = { [M in Models]: { model: M; rows: RowOf<M>[] } }[Models];

export function tableRows(dataset: Records): TableRows[] {
  const listings = measureListings(dataset);
  const meetings = dataset.meetings ?? [];
  return [
    { model: "jurisdiction", rows: dataset.jurisdictions.map(jurisdiction) },
    { model: "source", rows: dataset.sources.map(source) },
    // A committee points at its council: parents first.
    { model: "body", rows: [...dataset.bodies].sort((a, b) => Number(!!a.parentId) - Number(!!b.parentId)).map(body) },
    { model: "post", rows: dataset.posts.map(post) },
    { model: "person", rows: dataset.people.map(person) },
    { model: "membership", rows: dataset.memberships.map(membership) },
    { model: "measure", rows: dataset.measures.map((r) => measure(r, listings.get(r.id))) },
    {
      model: "measureSubject",
      rows: dataset.measures.flatMap((r) => [...new Set(r.subjects)].map((subject) => ({ measureId: r.id, subject }))),
    },
    { model: "action", rows: dataset.actions.map(action) },
    { model: "voteEvent", rows: dataset.voteEvents.map(voteEvent) },
    { model: "personVote", rows: dataset.voteEvents.flatMap(rollCallRows) },
    { model: "statement", rows: dataset.statements.map(statement) },
    { model: "meeting", rows: meetings.map(meeting) },
    { model: "meetingAgendaLink", rows: meetings.flatMap(meetingLinks) },
    { model: "explainer", rows: dataset.explainers.map(explainer) },
    { model: "explainerBlock", rows: dataset.explainers.flatMap(explainerBlocks) },
    { model: "explainerRevision", rows: dataset.explainers.flatMap(explainerRevisions) },
    { model: "sourceCitation", rows: citations(dataset) },
    { model: "searchDocument", rows: searchDocuments(dataset, listings) },
  ];
}
