import {
  type BodyClassification,
  computeVoteOutcome,
  formatDate,
  type Locale,
  type MeasureClassification,
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

export interface RulesView {
  seats: { value: number; citation: CitationView };
  quorum: ThresholdView;
  passage: (ThresholdView & { classification: MeasureClassification })[];
  executive: {
    /** How sentences name the office: "the Mayor". */
    title: string;
    appliesTo: MeasureClassification[];
    daysToAct: { value: number; citation: CitationView } | null;
    ifNoAction: { value: (typeof NO_ACTION_RESULTS)[number]; citation: CitationView } | null;
    override: ThresholdView;
  } | null;
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

  const rulesView: RulesView | null = rules
    ? {
        seats: { value: rules.seats.value, citation: sources.citation(rules.seats.citation) },
        quorum: threshold(rules.quorum),
        passage: Object.entries(rules.passage).flatMap(([classification, rule]) =>
          rule ? [{ classification: classification as MeasureClassification, ...threshold(rule) }] : [],
        ),
        executive: rules.executive
          ? {
              title: rules.executive.title[locale],
              appliesTo: rules.executive.appliesTo,
              daysToAct: rules.executive.daysToAct
                ? {
                    value: rules.executive.daysToAct.value,
                    citation: sources.citation(rules.executive.daysToAct.citation),
                  }
                : null,
              ifNoAction: rules.executive.ifNoAction
                ? {
                    value: rules.executive.ifNoAction.value,
                    citation: sources.citation(rules.executive.ifNoAction.citation),
                  }
                : null,
              override: threshold(rules.executive.override),
            }
          : null,
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
