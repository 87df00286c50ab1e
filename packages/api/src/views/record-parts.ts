import {
  type Body,
  decideVote,
  formatDate,
  type Locale,
  type Measure,
  type Stance,
  type Statement,
  VOTE_OPTIONS,
  type VoteCounts,
  type VoteEvent,
  type VoteOption,
  type VotingRules,
} from "@legible/core";
import { type InferredView, inferredView, speakerInferredView } from "./inferred";
import type { SourceNumbering } from "./record-sources";

/**
 * The language of record text (titles, motions, action descriptions, quotes). Records carry no
 * locale and are kept as the sources give them; search indexes them as English too. Pages in
 * another language mark such text with this `lang` so screen readers pronounce it right.
 */
export const RECORD_LANGUAGE = "en" as const;

/** A record another page links to. */
export interface BodyLink {
  id: string;
  name: string;
}
export interface MeasureLink {
  id: string;
  title: string;
  identifier: string | null;
}
export interface PersonLink {
  id: string;
  name: string;
}

/** One option's count. Options the record leaves out are unknown and not listed. */
export interface CountView {
  option: VoteOption;
  count: number;
}

/** A vote as lists show it: on the home page, a body's page, a measure's page. */
export interface VoteSummaryView {
  id: string;
  date: string;
  body: BodyLink | null;
  measure: MeasureLink | null;
  motionText: string;
  result: VoteEvent["result"];
  /**
   * Core's decision by the body's rules for what the vote decided: whether it passed (null when
   * the rules cannot say), and false in `recordAgrees` when the record's result disagrees.
   */
  byRules: { passed: boolean | null; recordAgrees: boolean | null };
  counts: CountView[];
}

/** A quote or position, with who said it and where it is from. */
export interface StatementView {
  id: string;
  stance: Stance;
  text: string;
  /** null when not on record. */
  date: string | null;
  /** Set when the date was worked out rather than reported, with how. */
  dateInferred: InferredView;
  medium: Statement["medium"];
  speaker: { kind: "person" | "body"; id: string; name: string } | null;
  /** Set when who said it was worked out rather than reported, with how. */
  speakerInferred: InferredView;
  measure: MeasureLink | null;
  sourceNumber: number | null;
}

type Named = { id: string; name: string };
type Titled = Pick<Measure, "id" | "title" | "identifier">;

export function byId<T extends { id: string }>(records: readonly T[]): Map<string, T> {
  return new Map(records.map((record) => [record.id, record]));
}

export function bodyLink(body: Pick<Body, "id" | "name"> | undefined | null): BodyLink | null {
  return body ? { id: body.id, name: body.name } : null;
}

export function measureLink(measure: Titled | undefined | null): MeasureLink | null {
  return measure ? { id: measure.id, title: measure.title, identifier: measure.identifier } : null;
}

/** Known counts in Open Civic Data's option order. */
export function countsView(counts: VoteCounts): CountView[] {
  return VOTE_OPTIONS.flatMap((option) => {
    const count = counts[option];
    return count === undefined ? [] : [{ option, count }];
  });
}

export function voteSummary(
  vote: Pick<
    VoteEvent,
    "id" | "bodyId" | "measureId" | "date" | "motionText" | "motionClassification" | "result" | "counts"
  >,
  bodies: Map<string, Named & { rules?: VotingRules }>,
  measures: Map<string, Titled & Pick<Measure, "classification">>,
  locale: Locale,
): VoteSummaryView {
  const measure = vote.measureId === null ? null : (measures.get(vote.measureId) ?? null);
  const decision = decideVote({ vote, measure, rules: bodies.get(vote.bodyId)?.rules });
  return {
    id: vote.id,
    date: formatDate(vote.date, locale),
    body: bodyLink(bodies.get(vote.bodyId)),
    measure: vote.measureId === null ? null : measureLink(measures.get(vote.measureId)),
    motionText: vote.motionText,
    result: vote.result,
    byRules: { passed: decision.passed, recordAgrees: decision.recordAgrees },
    counts: countsView(vote.counts),
  };
}

export function statementView(
  statement: Statement,
  context: {
    people: Map<string, Named>;
    bodies: Map<string, Named>;
    measures: Map<string, Titled>;
    sources: SourceNumbering;
    locale: Locale;
  },
): StatementView {
  const person = statement.speakerPersonId ? context.people.get(statement.speakerPersonId) : undefined;
  const body = statement.speakerBodyId ? context.bodies.get(statement.speakerBodyId) : undefined;
  return {
    id: statement.id,
    stance: statement.stance,
    text: statement.text,
    date: statement.date === null ? null : formatDate(statement.date, context.locale),
    dateInferred: inferredView(statement, "date", context.locale),
    medium: statement.medium,
    speaker: person
      ? { kind: "person", id: person.id, name: person.name }
      : body
        ? { kind: "body", id: body.id, name: body.name }
        : null,
    speakerInferred: speakerInferredView(statement, context.locale),
    measure: statement.measureId ? measureLink(context.measures.get(statement.measureId)) : null,
    sourceNumber: context.sources.cite(statement.sourceId),
  };
}
