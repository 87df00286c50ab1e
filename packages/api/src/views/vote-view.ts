import {
  checkVoteConsistency,
  formatDate,
  type Locale,
  type MeasureClassification,
  type VoteOption,
  type VoteProblemCode,
} from "@legible/core";
import type { Repositories } from "@legible/db";
import { type InferredView, inferredView } from "./inferred";
import { type BodyLink, type CountView, countsView, type MeasureLink, RECORD_LANGUAGE } from "./record-parts";
import { type CitationView, createSourceNumbering, type SourceView } from "./record-sources";
import { type VoteDecisionView, voteDecisionView } from "./vote-decision-view";

export type VoteRecords = NonNullable<Awaited<ReturnType<Repositories["voteRecords"]>>>;

/**
 * The vote's math, from core's `decideVote`: what the vote decided, the rule for that motion
 * (with its citation), what the counts gave against it, and whether the record agrees.
 */
export type VoteMathView = VoteDecisionView<CitationView>;

/** An inconsistency in the record, as a code and the facts a sentence needs. */
export interface VoteProblemView {
  code: VoteProblemCode;
  path: string;
  /** Numbers and names for the sentence, taken from the record. */
  values: Record<string, string | number>;
}

export interface RollCallEntryView {
  voterName: string;
  personId: string | null;
  option: VoteOption;
}

/** A vote's page, ready to render in one locale. */
export interface VoteView {
  recordLanguage: typeof RECORD_LANGUAGE;
  id: string;
  date: string;
  /** Set when the date was worked out rather than reported, with how. */
  dateInferred: InferredView;
  body: BodyLink;
  measure: (MeasureLink & { classification: MeasureClassification }) | null;
  motionText: string;
  /** What the record says happened; null when it does not say. */
  result: "pass" | "fail" | null;
  /** Each known count, with how it was worked out when the source does not report it. */
  counts: Array<CountView & { inferred: InferredView }>;
  math: VoteMathView;
  problems: VoteProblemView[];
  /** Each member's vote; null when the roll call is not on record. */
  rollCall: RollCallEntryView[] | null;
  sourceNumbers: number[];
  sources: SourceView[];
}

function problemValues(
  code: VoteProblemCode,
  path: string,
  records: VoteRecords,
  seats: number | null,
): Record<string, string | number> {
  const { vote } = records;
  const total = Object.values(vote.counts).reduce<number>((sum, n) => sum + (n ?? 0), 0);
  const index = Number(path.split(".")[1]);
  const entry = Number.isInteger(index) ? vote.rollCall?.[index] : undefined;
  switch (code) {
    case "counts-exceed-seats":
      return { total, seats: seats ?? 0 };
    case "roll-call-exceeds-seats":
      return { listed: vote.rollCall?.length ?? 0, seats: seats ?? 0 };
    case "roll-call-disagrees-with-counts": {
      const option = path.slice("counts.".length) as VoteOption;
      const listed = vote.rollCall?.filter((e) => e.option === option).length ?? 0;
      return { option, counted: vote.counts[option] ?? 0, listed };
    }
    case "voter-listed-twice":
      return { voterName: entry?.voterName ?? "" };
    case "voter-not-a-member":
      return { voterName: entry?.voterName ?? "", linked: entry?.personId === undefined ? "no" : "yes" };
  }
}

export function buildVoteView(records: VoteRecords, locale: Locale): VoteView {
  const { vote, body, measure } = records;
  const sources = createSourceNumbering(records.sources, locale);
  const sourceNumbers = sources.citeAll(vote.sourceIds);
  const rules = body.rules;

  const math: VoteMathView = voteDecisionView({
    vote,
    measure,
    rules,
    locale,
    cite: (citation) => sources.citation(citation),
  });

  const seats = rules?.seats.value ?? null;
  const consistency = checkVoteConsistency(vote, {
    seats,
    ...(vote.rollCall ? { memberships: records.memberships, posts: records.posts } : {}),
  });

  return {
    recordLanguage: RECORD_LANGUAGE,
    id: vote.id,
    date: formatDate(vote.date, locale),
    dateInferred: inferredView(vote, "date", locale),
    body: { id: body.id, name: body.name },
    measure: measure && {
      id: measure.id,
      title: measure.title,
      identifier: measure.identifier,
      classification: measure.classification,
    },
    motionText: vote.motionText,
    result: vote.result,
    counts: countsView(vote.counts).map((count) => ({
      ...count,
      inferred: inferredView(vote, `counts.${count.option}`, locale),
    })),
    math,
    problems: consistency.problems.map((problem) => ({
      code: problem.code,
      path: problem.path,
      values: problemValues(problem.code, problem.path, records, seats),
    })),
    rollCall:
      vote.rollCall?.map((entry) => ({
        voterName: entry.voterName,
        personId: entry.personId ?? null,
        option: entry.option,
      })) ?? null,
    sourceNumbers,
    sources: sources.list(),
  };
}
