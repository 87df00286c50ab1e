import {
  checkVoteConsistency,
  computeVoteOutcome,
  executiveStepApplies,
  formatDate,
  type Locale,
  type MeasureClassification,
  rulesFor,
  type Threshold,
  type VoteOption,
  type VoteOutcome,
  type VoteProblemCode,
} from "@legible/core";
import type { Repositories } from "@legible/db";
import { type InferredView, inferredView } from "./inferred";
import { type BodyLink, type CountView, countsView, type MeasureLink, RECORD_LANGUAGE } from "./record-parts";
import { type CitationView, createSourceNumbering, type SourceView } from "./record-sources";

export type VoteRecords = NonNullable<Awaited<ReturnType<Repositories["voteRecords"]>>>;

/** A rule that applies to the vote, with where it comes from. */
export interface RuleView {
  threshold: Threshold;
  citation: CitationView;
}

/** The vote's math: what the rules required and what the counts gave. */
export interface VoteMathView {
  /** Seats in the body; null when its rules are not on record. */
  seats: { value: number; citation: CitationView } | null;
  /** The share the measure needed; null when the rules do not say (or the vote names no measure). */
  passage: RuleView | null;
  quorum: RuleView | null;
  /** The share that overrides a veto; null when no veto step follows this kind of measure. */
  override: (RuleView & { executive: string }) | null;
  outcome: VoteOutcome;
}

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

  // rulesFor needs a kind of measure; a vote on no measure still has seats and a quorum.
  const applicable = rules
    ? measure
      ? rulesFor(rules, measure.classification)
      : { seats: rules.seats.value, required: null, quorum: rules.quorum.value, override: null }
    : { seats: null, required: null, quorum: null, override: null };
  const outcome = computeVoteOutcome({ counts: vote.counts, ...applicable });
  const passageRule = rules && measure ? rules.passage[measure.classification] : undefined;
  const overrides = rules?.executive && measure && executiveStepApplies(rules, measure.classification);

  const math: VoteMathView = {
    seats: rules ? { value: rules.seats.value, citation: sources.citation(rules.seats.citation) } : null,
    passage: passageRule ? { threshold: passageRule.value, citation: sources.citation(passageRule.citation) } : null,
    quorum: rules ? { threshold: rules.quorum.value, citation: sources.citation(rules.quorum.citation) } : null,
    override:
      overrides && rules.executive
        ? {
            threshold: rules.executive.override.value,
            citation: sources.citation(rules.executive.override.citation),
            executive: rules.executive.title[locale],
          }
        : null,
    outcome,
  };

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
