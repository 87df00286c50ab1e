import {
  type BodyClassification,
  computeVoteOutcome,
  type DAY_KINDS,
  type EffectRule,
  formatDate,
  type Locale,
  type MeasureClassification,
  type MotionRuleKind,
  membersOfBody,
  type NO_ACTION_RESULTS,
  type PartialDate,
  type Threshold,
  termStatus,
} from "@legible/core";
import type { Repositories } from "@legible/db";
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

export type BodyRecords = NonNullable<Awaited<ReturnType<Repositories["bodyRecords"]>>>;

/** A threshold in a body's rules, with the votes it takes when the seats decide it. */
export interface ThresholdView {
  threshold: Threshold;
  /** Votes it takes with every seat counted; null when it depends on who is in the room. */
  votes: number | null;
  citation: CitationView;
}

/**
 * A body's rules as its page lists them, each with its citation. A rule the body's record does
 * not hold is null (or left out of a list): the page says it is not on record.
 */
export interface RulesView {
  seats: { value: number; citation: CitationView };
  quorum: ThresholdView;
  passage: (ThresholdView & { classification: MeasureClassification })[];
  /** The share any action needs when the rules do not set one apart. */
  otherActions: ThresholdView | null;
  /** Motions with a share of their own (an urgency clause, reconsideration…). */
  motions: (ThresholdView & { motion: MotionRuleKind })[];
  /** Passing votes a kind of measure needs on separate days. */
  readings: {
    count: number;
    appliesTo: MeasureClassification[];
    unanimousFirstSuffices: boolean;
    citation: CitationView;
  } | null;
  executive: {
    /** How sentences name the office: "the Mayor". */
    title: string;
    appliesTo: MeasureClassification[];
    /** Days to act, counted from delivery, and how they are counted. */
    daysToAct: { value: number; dayKind: (typeof DAY_KINDS)[number]; citation: CitationView } | null;
    ifNoAction: { value: (typeof NO_ACTION_RESULTS)[number]; citation: CitationView } | null;
    override: ThresholdView | null;
  } | null;
  /** When a law takes effect, and when an urgent one does. */
  effect: (EffectRule & { citation: CitationView }) | null;
  urgentEffect: (EffectRule & { citation: CitationView }) | null;
}

/** A member on the page's date: certain, or possibly serving when the record cannot say. */
export interface MemberView {
  termId: string;
  person: { id: string; name: string };
  role: string | null;
  post: string | null;
  start: string | null;
  end: string | null;
  /** False when the term may or may not be running: the dates on record cannot decide it. */
  certain: boolean;
}

/** A body's page, ready to render in one locale. */
export interface BodyView {
  recordLanguage: typeof RECORD_LANGUAGE;
  id: string;
  name: string;
  classification: BodyClassification;
  parent: BodyLink | null;
  founded: string | null;
  dissolved: string | null;
  rules: RulesView | null;
  /** Members on `membersDate` (formatted): every term running then, or possibly running. */
  membersDate: string;
  members: MemberView[];
  /** Its latest votes (RECORD_PAGE_LATEST), newest first. */
  recentVotes: VoteSummaryView[];
  /** Whether it held more votes than these; they are on its votes pages. */
  moreVotes: boolean;
  /** Its latest statements, newest first. */
  statements: StatementView[];
  totalStatements: number;
  sourceNumbers: number[];
  sources: SourceView[];
}

export function buildBodyView(records: BodyRecords, locale: Locale, today: PartialDate): BodyView {
  const { body } = records;
  const sources = createSourceNumbering(records.sources, locale);
  const sourceNumbers = sources.citeAll(body.sourceIds);
  const people = byId(records.people);
  const posts = byId(records.posts);
  const measures = byId(records.measures);
  const rules = body.rules;
  const threshold = (rule: { value: Threshold; citation: Parameters<typeof sources.citation>[0] }): ThresholdView => ({
    threshold: rule.value,
    // With no counts, core's vote math gives the votes a rule needs when the seats alone decide it.
    votes: computeVoteOutcome({ counts: {}, seats: rules?.seats.value ?? null, required: rule.value }).votesNeeded,
    citation: sources.citation(rule.citation),
  });

  const effect = (rule: { value: EffectRule; citation: Parameters<typeof sources.citation>[0] } | undefined) =>
    rule ? { ...rule.value, citation: sources.citation(rule.citation) } : null;

  // Page order: seats, quorum, passage, other actions, motions, readings, the executive, effect.
  const rulesView: RulesView | null = rules
    ? {
        seats: { value: rules.seats.value, citation: sources.citation(rules.seats.citation) },
        quorum: threshold(rules.quorum),
        passage: Object.entries(rules.passage).flatMap(([classification, rule]) =>
          rule ? [{ classification: classification as MeasureClassification, ...threshold(rule) }] : [],
        ),
        otherActions: rules.otherActions ? threshold(rules.otherActions) : null,
        motions: Object.entries(rules.motions ?? {}).flatMap(([motion, rule]) =>
          rule ? [{ motion: motion as MotionRuleKind, ...threshold(rule) }] : [],
        ),
        readings: rules.readings
          ? {
              count: rules.readings.value.count,
              appliesTo: rules.readings.value.appliesTo,
              unanimousFirstSuffices: rules.readings.value.unanimousFirstSuffices,
              citation: sources.citation(rules.readings.citation),
            }
          : null,
        executive: rules.executive
          ? {
              title: rules.executive.title[locale],
              appliesTo: rules.executive.appliesTo,
              daysToAct: rules.executive.daysToAct
                ? {
                    value: rules.executive.daysToAct.value,
                    dayKind: rules.executive.dayKind ?? "calendar",
                    citation: sources.citation(rules.executive.daysToAct.citation),
                  }
                : null,
              ifNoAction: rules.executive.ifNoAction
                ? {
                    value: rules.executive.ifNoAction.value,
                    citation: sources.citation(rules.executive.ifNoAction.citation),
                  }
                : null,
              override: rules.executive.override ? threshold(rules.executive.override) : null,
            }
          : null,
        effect: effect(rules.effect),
        urgentEffect: effect(rules.urgentEffect),
      }
    : null;

  const members = membersOfBody(records.memberships, body.id, today, { posts: records.posts })
    .map((term) => ({ term, status: termStatus(term, today) }))
    .filter(({ status }) => status === "current" || status === "unknown")
    .flatMap(({ term, status }): MemberView[] => {
      const person = people.get(term.personId);
      if (!person) return [];
      const post = term.postId ? posts.get(term.postId) : undefined;
      return [
        {
          termId: term.id,
          person: { id: person.id, name: person.name },
          role: term.role ?? post?.role ?? null,
          post: post?.label ?? null,
          start: term.startDate === null ? null : formatDate(term.startDate, locale),
          end: term.endDate === null ? null : formatDate(term.endDate, locale),
          certain: status === "current",
        },
      ];
    })
    .sort((a, b) => Number(b.certain) - Number(a.certain) || a.person.name.localeCompare(b.person.name, locale));

  return {
    recordLanguage: RECORD_LANGUAGE,
    id: body.id,
    name: body.name,
    classification: body.classification,
    parent: bodyLink(records.parent),
    founded: body.foundingDate ? formatDate(body.foundingDate, locale) : null,
    dissolved: body.dissolutionDate ? formatDate(body.dissolutionDate, locale) : null,
    rules: rulesView,
    membersDate: formatDate(today, locale),
    members,
    recentVotes: records.recentVotes.map((vote) => voteSummary(vote, byId([body]), measures, locale)),
    moreVotes: records.moreVotes,
    statements: records.statements.map((statement) =>
      statementView(statement, { people, bodies: byId([body]), measures, sources, locale }),
    ),
    totalStatements: records.totalStatements,
    sourceNumbers,
    sources: sources.list(),
  };
}
