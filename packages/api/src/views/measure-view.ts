import {
  buildTimeline,
  formatDate,
  type Locale,
  type MeasureClassification,
  type MeasureRelation,
  measureStage,
  nextSteps,
  type PartialDate,
  type Stage,
} from "@legible/core";
import type { Repositories } from "@legible/db";
import { type InferredView, inferredView, stageActionInferred } from "./inferred";
import { type MeetingSummaryView, meetingSummary } from "./meeting-view";
import {
  type BodyLink,
  bodyLink,
  byId,
  RECORD_LANGUAGE,
  type StatementView,
  statementView,
  type VoteSummaryView,
  voteSummary,
} from "./record-parts";
import { type CitationView, createSourceNumbering, type SourceView } from "./record-sources";

export type MeasureRecords = NonNullable<Awaited<ReturnType<Repositories["measureRecords"]>>>;

export interface SponsorView {
  name: string;
  primary: boolean;
  /** Where the sponsor's page is, when they are on record. */
  personId: string | null;
  bodyId: string | null;
  /** Set when the sponsor was worked out rather than reported, with how. */
  inferred: InferredView;
}

export interface RelatedMeasureView {
  relation: MeasureRelation;
  /** Set when the related measure is on record, so the page can link to it. */
  measureId: string | null;
  title: string | null;
  identifier: string | null;
}

/** One dated step: an action, or a vote or a meeting with a link to its page. */
export interface TimelineEntryView {
  kind: "action" | "vote" | "meeting";
  id: string;
  date: string;
  /** Set when the date was worked out rather than reported, with how. */
  dateInferred: InferredView;
  text: string;
  sourceNumbers: number[];
}

/** One sentence of what happens next, with the citations of the rules it states. */
export interface NextStepView {
  text: string;
  citations: CitationView[];
}

/** A measure's page, ready to render in one locale. */
export interface MeasureView {
  recordLanguage: typeof RECORD_LANGUAGE;
  id: string;
  title: string;
  /** The official number; null when not on record. */
  identifier: string | null;
  classification: MeasureClassification;
  abstract: string | null;
  /** null when not on record. */
  session: string | null;
  body: BodyLink | null;
  /** `sinceInferred` is set when the date of the action that set the stage was worked out. */
  stage: {
    stage: Stage;
    label: string;
    since: string | null;
    sinceInferred: InferredView;
    /**
     * Set when the stage was worked out from the rules and the calendar (a deadline gone by, an
     * effective date reached) rather than read from an action: the reason, which is also the
     * first next step, and the rules it rests on.
     */
    workedOut: { reason: string; citations: CitationView[] } | null;
  };
  /** Core's next steps, each with the citations of the rules it states. */
  nextSteps: NextStepView[];
  sponsors: SponsorView[];
  subjects: string[];
  textSections: { number: string | null; heading: string | null; text: string }[];
  relatedMeasures: RelatedMeasureView[];
  timeline: TimelineEntryView[];
  votes: VoteSummaryView[];
  /** Meetings whose agenda took it up, in time order, each at its place's local time. */
  meetings: MeetingSummaryView[];
  statements: StatementView[];
  /** Its published explainer, in the page's language when there is one, else in the other. */
  explainer: { locale: Locale; headline: string } | null;
  /** The sources the measure record itself cites. */
  sourceNumbers: number[];
  sources: SourceView[];
}

/**
 * Builds a measure's page. `asOf` is today (YYYY-MM-DD): with it, deadlines gone by and
 * effective dates reached move the stage, as core's `measureStage` works them out.
 */
export function buildMeasureView(records: MeasureRecords, locale: Locale, asOf?: PartialDate): MeasureView {
  const { measure, body } = records;
  const sources = createSourceNumbering(records.sources, locale);
  const bodies = byId(records.bodies);
  const people = byId(records.people);
  const related = byId(records.relatedMeasures);
  const measures = byId([measure, ...records.relatedMeasures]);
  const stageInput = {
    measure,
    actions: records.actions,
    body: body ?? undefined,
    // Readings and urgency clauses are read from its votes in the body that considers it.
    votes: body ? records.votes.filter((vote) => vote.bodyId === body.id) : [],
    asOf,
  };
  const stage = measureStage(stageInput);
  const explainer =
    records.explainers.find((candidate) => candidate.locale === locale) ?? records.explainers[0] ?? null;

  // Numbered in reading order: the record's own sources first, then the stage and next steps,
  // then the timeline, then quotes.
  const sourceNumbers = sources.citeAll(measure.sourceIds);
  const cite = (citations: readonly Parameters<typeof sources.citation>[0][]) =>
    citations.map((citation) => sources.citation(citation));
  const workedOut = stage.workedOut && {
    reason: stage.workedOut.reason[locale],
    citations: cite(stage.workedOut.citations),
  };
  const steps = nextSteps(stageInput)
    // The first step often restates the stage ("Awaits the Mayor's signature."), shown just above it.
    .filter((step) => step[locale] !== `${stage.label[locale]}.`)
    .map((step) => ({ text: step[locale], citations: cite(step.citations) }));
  const timeline = buildTimeline({
    actions: records.actions,
    votes: records.votes,
    meetings: records.meetings,
  }).flatMap((entry): TimelineEntryView[] => {
    if (entry.kind === "action") {
      const { action } = entry;
      const text = action.description;
      return [
        {
          kind: "action",
          id: action.id,
          date: formatDate(action.date, locale),
          dateInferred: inferredView(action, "date", locale),
          text,
          sourceNumbers: sources.citeAll(action.sourceIds),
        },
      ];
    }
    if (entry.kind === "vote") {
      const { vote } = entry;
      return [
        {
          kind: "vote",
          id: vote.id,
          date: formatDate(vote.date, locale),
          dateInferred: inferredView(vote, "date", locale),
          text: vote.motionText,
          sourceNumbers: sources.citeAll(vote.sourceIds),
        },
      ];
    }
    if (entry.kind === "meeting") {
      // Dated by the meeting's own local day; its page has the time and the zone.
      return [
        {
          kind: "meeting",
          id: entry.id,
          date: formatDate(entry.date, locale),
          dateInferred: null,
          text: entry.meeting.name,
          sourceNumbers: [],
        },
      ];
    }
    return [];
  });

  return {
    recordLanguage: RECORD_LANGUAGE,
    id: measure.id,
    title: measure.title,
    identifier: measure.identifier,
    classification: measure.classification,
    abstract: measure.abstract ?? null,
    session: measure.session ?? null,
    body: bodyLink(body),
    stage: {
      stage: stage.stage,
      label: stage.label[locale],
      since: stage.since && formatDate(stage.since, locale),
      sinceInferred: stageActionInferred(stage.actionId, records.actions, locale),
      workedOut,
    },
    nextSteps: steps,
    sponsors: measure.sponsors.map((sponsor, index) => ({
      name: sponsor.name,
      primary: sponsor.primary,
      personId: sponsor.personId && people.has(sponsor.personId) ? sponsor.personId : null,
      bodyId: sponsor.bodyId && bodies.has(sponsor.bodyId) ? sponsor.bodyId : null,
      inferred: inferredView(measure, `sponsors.${index}`, locale),
    })),
    subjects: measure.subjects,
    textSections: measure.textSections.map((section) => ({
      number: section.number ?? null,
      heading: section.heading ?? null,
      text: section.text,
    })),
    relatedMeasures: measure.relatedMeasures.map((relation) => {
      const onRecord = relation.measureId ? related.get(relation.measureId) : undefined;
      return {
        relation: relation.relation,
        measureId: onRecord?.id ?? null,
        title: onRecord?.title ?? relation.title ?? null,
        identifier: onRecord?.identifier ?? relation.identifier ?? null,
      };
    }),
    timeline,
    votes: records.votes.map((vote) => voteSummary(vote, bodies, measures, locale)),
    meetings: records.meetings.map((meeting) => meetingSummary(meeting, bodies, locale)),
    statements: records.statements.map((statement) =>
      statementView(statement, { people, bodies, measures, sources, locale }),
    ),
    explainer: explainer && { locale: explainer.locale, headline: explainer.headline },
    sourceNumbers,
    sources: sources.list(),
  };
}
