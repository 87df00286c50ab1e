import {
  buildTimeline,
  formatDate,
  type Locale,
  type MeasureClassification,
  type MeasureRelation,
  measureStage,
  nextSteps,
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
import { createSourceNumbering, type SourceView } from "./record-sources";

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
  stage: { stage: Stage; label: string; since: string | null; sinceInferred: InferredView };
  nextSteps: string[];
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

export function buildMeasureView(records: MeasureRecords, locale: Locale): MeasureView {
  const { measure, body } = records;
  const sources = createSourceNumbering(records.sources, locale);
  const bodies = byId(records.bodies);
  const people = byId(records.people);
  const related = byId(records.relatedMeasures);
  const measures = byId([measure, ...records.relatedMeasures]);
  const stageInput = { measure, actions: records.actions, body: body ?? undefined };
  const stage = measureStage(stageInput);
  const explainer =
    records.explainers.find((candidate) => candidate.locale === locale) ?? records.explainers[0] ?? null;

  // Numbered in reading order: the record's own sources first, then the timeline, then quotes.
  const sourceNumbers = sources.citeAll(measure.sourceIds);
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
    },
    // The first step often restates the stage ("Awaits the Mayor's signature."), shown just above it.
    nextSteps: nextSteps(stageInput)
      .map((step) => step[locale])
      .filter((step) => step !== `${stage.label[locale]}.`),
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
