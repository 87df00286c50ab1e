import {
  type Block,
  type BlockKind,
  type DatePrecision,
  datePrecision,
  executiveStepApplies,
  formatDate,
  type Locale,
  type MeasureClassification,
  type MeasureRelation,
  measureStage,
  nextSteps,
  type PartialDate,
  plainText,
  type Stage,
  type TEXT_BLOCK_KINDS,
} from "@legible/core";
import type { PublishedExplainerPage } from "./explainer-page-records";
import { type ExplainerBody, type ExplainerPerson, peopleView } from "./explainer-people";
import { type PerspectivesView, perspectivesView, type StatementView } from "./explainer-perspectives";
import { type CitationRef, SourceNumbers, type SourceView } from "./explainer-sources";
import { GlossaryAnchors, type Paragraphs, type TextPart } from "./explainer-text";
import { type TimelineItemView, timelineView } from "./explainer-timeline";
import { type VoteCardView, voteCardView } from "./explainer-vote";
import { type InferredView, inferredView, stageActionInferred } from "./inferred";

export type {
  CitationRef,
  ExplainerBody,
  ExplainerPerson,
  Paragraphs,
  PerspectivesView,
  PublishedExplainerPage,
  SourceView,
  StatementView,
  TextPart,
  TimelineItemView,
  VoteCardView,
};

type TextBlockKind = (typeof TEXT_BLOCK_KINDS)[number];
/** The block type of a kind; text kinds share one block type, whose `kind` is a union. */
type BlockOfKind<K extends BlockKind> = K extends TextBlockKind
  ? Extract<Block, { text: string }>
  : Extract<Block, { kind: K }>;

/** A text block: paragraphs with glossary terms marked, and the numbers of its sources. */
export interface TextBlockView {
  paragraphs: Paragraphs;
  citations: CitationRef[];
}

/** A step of the measure's path, for the step indicator. */
export interface StepView {
  key: "introduced" | "passed" | "signed" | "law";
  state: "done" | "current" | "upcoming" | "stopped";
}

export interface StageView {
  stage: Stage;
  /** Core's label in the page's language: "Awaits the Mayor's signature". */
  label: string;
  /** When the measure reached this stage, formatted at the date's precision. */
  since: string | null;
  /** That date's precision, so sentences can fit it ("since the week of…"). */
  sincePrecision: DatePrecision | null;
  /** Set when that date was worked out rather than reported, with how. */
  sinceInferred: InferredView;
  /**
   * Set when the stage was worked out from the rules and the calendar (a deadline gone by, an
   * effective date reached) rather than read from an action: the reason, which is also the first
   * next step, and the rules it rests on.
   */
  workedOut: { reason: string; citations: CitationRef[] } | null;
  steps: StepView[];
  /** Core's next steps in the page's language, each with the citations of the rules it states. */
  nextSteps: Array<{ text: string; citations: CitationRef[] }>;
  /** "the Council", for step labels; null when the records do not say. */
  bodyPhrase: string | null;
  /** "the Mayor", when the measure goes to the executive. */
  executiveTitle: string | null;
}

export interface RelatedMeasureView {
  relation: MeasureRelation;
  measureId: string | null;
  title: string;
  identifier: string | null;
  classification: MeasureClassification | null;
  /** The related measure's own summary, when it is on record. */
  abstract: string | null;
}

/**
 * Everything the explainer page shows, in the page's language, as plain data. Source numbers
 * follow the page's reading order: summary and facts, what it does, what it does not do, who
 * it affects, the votes, what happens next, the timeline, perspectives, background, questions,
 * glossary. The page must render sections in that order.
 */
export interface ExplainerView {
  measureId: string;
  locale: Locale;
  /** The language record text (titles, action descriptions, quotes) is kept in. */
  recordsLocale: Locale;
  /** The other language this explainer is published in, if any. */
  alternateLocale: Locale | null;
  headline: string;
  /** The summary as plain text, for search results and link previews. */
  description: string;
  summary: TextBlockView | null;
  measure: {
    title: string;
    identifier: string | null;
    classification: MeasureClassification;
    bodyName: string | null;
    sponsors: Array<{ name: string; primary: boolean; inferred: InferredView }>;
    citations: CitationRef[];
  };
  stage: StageView;
  whatItDoes: TextBlockView | null;
  whatItDoesNotDo: TextBlockView | null;
  whoItAffects: TextBlockView | null;
  votes: VoteCardView[];
  whatHappensNext: TextBlockView | null;
  timeline: TimelineItemView[];
  people: ExplainerPerson[];
  bodies: ExplainerBody[];
  perspectives: PerspectivesView | null;
  background: TextBlockView | null;
  relatedMeasures: RelatedMeasureView[];
  questions: { items: Array<{ question: TextPart[]; answer: Paragraphs }>; citations: CitationRef[] } | null;
  glossary: { entries: Array<{ id: string; term: string; definition: TextPart[] }>; citations: CitationRef[] } | null;
  sources: SourceView[];
  /** The latest revision: what readers see. */
  lastUpdated: { date: string; publishedAt: string; revision: number };
  /**
   * Set when records the page shows changed after the explainer was last reviewed (published,
   * or checked by a reviewer): `since` is that review's day, formatted; `reviewedAt` the instant.
   */
  recordsChanged: { since: string; reviewedAt: string } | null;
  corrections: Array<{ id: string; date: string; text: string; revision: number | null }>;
}

export interface ExplainerViewOptions {
  /** The time zone a publish time's calendar day is read in. */
  timeZone?: string;
  /** Today (YYYY-MM-DD): deadlines gone by and effective dates reached move the stage. */
  asOf?: PartialDate;
}

/** Legible's records are kept in English; explainers are written in each language. */
const RECORDS_LOCALE: Locale = "en";
/** Los Angeles, the first place Legible covers. */
const DEFAULT_TIME_ZONE = "America/Los_Angeles";

/** The calendar day of an instant in a time zone, as a day-precision date: "2024-11-20". */
function dayOf(timestamp: string, timeZone: string): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(
    new Date(timestamp),
  );
}

/** Steps done, current and to come, from core's stage. Failure stops the path at its next step. */
function stageSteps(stage: Stage, withExecutive: boolean): StepView[] {
  const keys: StepView["key"][] = withExecutive ? ["introduced", "passed", "signed", "law"] : ["introduced", "passed"];
  const last = keys.length;
  const reached: Record<Stage, { done: number; stopped?: boolean }> = {
    unknown: { done: 0 },
    introduced: { done: 1 },
    "in-committee": { done: 1 },
    "awaiting-vote": { done: 1 },
    "awaiting-executive": { done: 2 },
    vetoed: { done: 2, stopped: true },
    adopted: { done: last },
    enacted: { done: last },
    "in-effect": { done: last },
    failed: { done: 1, stopped: true },
    withdrawn: { done: 1, stopped: true },
  };
  const { done, stopped } = reached[stage];
  return keys.map((key, index) => {
    if (index < done) return { key, state: "done" };
    if (index === done && stage !== "unknown") return { key, state: stopped ? "stopped" : "current" };
    return { key, state: "upcoming" };
  });
}

/** Builds the explainer page from its records, in `locale`, with core's rules. */
export function buildExplainerView(
  page: PublishedExplainerPage,
  locale: Locale,
  options: ExplainerViewOptions = {},
): ExplainerView {
  const { explainer, measure } = page;
  const revision = explainer.revisions.at(-1);
  if (!revision) throw new Error(`Explainer ${explainer.id} has no published revision`);
  const blocks = revision.blocks;
  const timeZone = options.timeZone ?? DEFAULT_TIME_ZONE;
  const sources = new SourceNumbers(page.sources, page.citedRecordSources);
  const glossaryEntries = blocks.flatMap((block) => (block.kind === "glossary" ? block.entries : []));
  const anchors = new GlossaryAnchors(glossaryEntries.map((entry) => entry.term));
  const ofKind = <K extends BlockKind>(kind: K) =>
    blocks.filter((block): block is BlockOfKind<K> => block.kind === kind);

  const textBlock = (kind: TextBlockKind): TextBlockView | null => {
    const found = ofKind(kind);
    if (found.length === 0) return null;
    return {
      paragraphs: found.flatMap((block) => anchors.paragraphs(block.text)),
      citations: sources.cite(found.flatMap((block) => block.citations)),
    };
  };

  const bodies = new Map(page.bodies.map((body) => [body.id, body]));
  const votingBody = bodies.get(measure.bodyId ?? "") ?? bodies.get(page.voteEvents[0]?.bodyId ?? "");
  const stageInput = {
    measure,
    actions: page.actions,
    body: votingBody,
    // Readings and urgency clauses are read from its votes in that body.
    votes: votingBody ? page.voteEvents.filter((vote) => vote.bodyId === votingBody.id) : [],
    asOf: options.asOf,
  };
  const stage = measureStage(stageInput);
  const withExecutive = executiveStepApplies(votingBody?.rules, measure.classification);
  const who = peopleView({ ...page, votingBody });

  // Page order from here on: each section takes the next source numbers.
  const summary = textBlock("summary");
  // The stage sits in the summary box, above the facts.
  const workedOut = stage.workedOut && {
    reason: stage.workedOut.reason[locale],
    citations: sources.cite(stage.workedOut.citations),
  };
  const measureCitations = sources.citeIds(measure.sourceIds);
  const whatItDoes = textBlock("what-it-does");
  const whatItDoesNotDo = textBlock("what-it-does-not-do");
  const whoItAffects = textBlock("who-it-affects");
  const votes = page.voteEvents.map((vote) =>
    voteCardView(vote, { measure, body: bodies.get(vote.bodyId), locale, sources }),
  );
  // What happens next: core's steps, then what the explainer adds.
  const steps = nextSteps(stageInput).map((step) => ({ text: step[locale], citations: sources.cite(step.citations) }));
  const whatHappensNext = textBlock("what-happens-next");

  const timeline = timelineView(page, { locale, sources });
  const perspectives = perspectivesView(ofKind("perspectives"), page, { locale, sources, anchors });
  const background = textBlock("background");
  const related = new Map(page.relatedMeasures.map((record) => [record.id, record]));
  const relatedMeasures = measure.relatedMeasures.map((link): RelatedMeasureView => {
    const record = link.measureId ? related.get(link.measureId) : undefined;
    return {
      relation: link.relation,
      measureId: link.measureId ?? null,
      title: record?.title ?? link.title ?? link.identifier ?? "",
      identifier: record?.identifier ?? link.identifier ?? null,
      classification: record?.classification ?? null,
      abstract: record?.abstract ?? null,
    };
  });

  const questionBlocks = ofKind("questions");
  const questions =
    questionBlocks.length === 0
      ? null
      : {
          items: questionBlocks.flatMap((block) =>
            block.items.map((item) => ({
              question: anchors.parts(item.question),
              answer: anchors.paragraphs(item.answer),
            })),
          ),
          citations: sources.cite(questionBlocks.flatMap((block) => block.citations)),
        };

  const glossaryBlocks = ofKind("glossary");
  const glossary =
    glossaryBlocks.length === 0
      ? null
      : {
          entries: glossaryEntries.map((entry) => ({
            id: anchors.anchorOf(entry.term) ?? "",
            term: entry.term,
            definition: anchors.parts(entry.definition),
          })),
          citations: sources.cite(glossaryBlocks.flatMap((block) => block.citations)),
        };

  const summaryBlock = ofKind("summary")[0];
  return {
    measureId: measure.id,
    locale,
    recordsLocale: RECORDS_LOCALE,
    alternateLocale: page.translation?.locale ?? null,
    headline: revision.headline,
    description: summaryBlock ? plainText(summaryBlock.text) : plainText(measure.abstract ?? measure.title),
    summary,
    measure: {
      title: measure.title,
      identifier: measure.identifier,
      classification: measure.classification,
      bodyName: votingBody?.name ?? null,
      sponsors: measure.sponsors.map((sponsor, index) => ({
        name: sponsor.name,
        primary: sponsor.primary,
        inferred: inferredView(measure, `sponsors.${index}`, locale),
      })),
      citations: measureCitations,
    },
    stage: {
      stage: stage.stage,
      label: stage.label[locale],
      since: stage.since === null ? null : formatDate(stage.since, locale),
      sincePrecision: stage.since === null ? null : (datePrecision(stage.since) ?? null),
      sinceInferred: stageActionInferred(stage.actionId, page.actions, locale),
      workedOut,
      steps: stageSteps(stage.stage, withExecutive),
      nextSteps: steps,
      bodyPhrase: votingBody?.phrase?.[locale] ?? null,
      executiveTitle: withExecutive ? (votingBody?.rules?.executive?.title[locale] ?? null) : null,
    },
    whatItDoes,
    whatItDoesNotDo,
    whoItAffects,
    votes,
    whatHappensNext,
    timeline,
    people: who.people,
    bodies: who.bodies,
    perspectives,
    background,
    relatedMeasures,
    questions,
    glossary,
    sources: sources.list(locale),
    lastUpdated: {
      date: formatDate(dayOf(revision.publishedAt, timeZone), locale),
      publishedAt: revision.publishedAt,
      revision: revision.number,
    },
    recordsChanged: page.review.recordsChanged
      ? {
          since: formatDate(dayOf(page.review.reviewedAt, timeZone), locale),
          reviewedAt: page.review.reviewedAt,
        }
      : null,
    corrections: explainer.corrections.map((correction) => ({
      id: correction.id,
      date: formatDate(dayOf(correction.date, timeZone), locale),
      text: correction.text,
      revision: correction.revision ?? null,
    })),
  };
}
