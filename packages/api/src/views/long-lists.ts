import { type Locale, type PageWindow, type VoteOption, votedWithMajority } from "@legible/core";
import type { Repositories } from "@legible/db";
import {
  byId,
  RECORD_LANGUAGE,
  type StatementView,
  statementView,
  type VoteSummaryView,
  voteSummary,
} from "./record-parts";
import { createSourceNumbering, type SourceView } from "./record-sources";

type PersonVotePage = NonNullable<Awaited<ReturnType<Repositories["personVotePage"]>>>;
type BodyVotePage = NonNullable<Awaited<ReturnType<Repositories["bodyVotePage"]>>>;
type StatementPage = NonNullable<Awaited<ReturnType<Repositories["statementPage"]>>>;
type CastVote = PersonVotePage["votes"][number];

// A person's or a body's own page shows the latest of its votes and statements; the rest are
// read on the lists' own pages, LIST_PAGE_SIZE at a time, so no page grows with the record.

/** How many of their latest votes and statements a person's or a body's page shows. */
export const RECORD_PAGE_LATEST = { votes: 20, statements: 10 } as const;

/** How many items one page of a person's or a body's votes or statements holds. */
export const LIST_PAGE_SIZE = 50;

export interface CastVoteView {
  vote: VoteSummaryView;
  option: VoteOption;
  /** null when they took no side or the majority's side is unknown. */
  withMajority: boolean | null;
}

/** Whose list a page belongs to. */
export interface ListOwner {
  kind: "person" | "body";
  id: string;
  name: string;
}

export interface PersonVotesView {
  recordLanguage: typeof RECORD_LANGUAGE;
  owner: ListOwner;
  paging: PageWindow;
  votes: CastVoteView[];
}

export interface BodyVotesView {
  recordLanguage: typeof RECORD_LANGUAGE;
  owner: ListOwner;
  paging: PageWindow;
  votes: VoteSummaryView[];
}

export interface StatementsView {
  recordLanguage: typeof RECORD_LANGUAGE;
  owner: ListOwner;
  paging: PageWindow;
  statements: StatementView[];
  /** The sources this page's statements cite, numbered from 1 on this page. */
  sources: SourceView[];
}

export function castVoteView(
  cast: CastVote,
  bodies: Parameters<typeof voteSummary>[1],
  measures: Parameters<typeof voteSummary>[2],
  locale: Locale,
): CastVoteView {
  return {
    vote: voteSummary(cast.vote, bodies, measures, locale),
    option: cast.option,
    withMajority: votedWithMajority({ option: cast.option, counts: cast.vote.counts }),
  };
}

export function buildPersonVotesView(records: PersonVotePage, paging: PageWindow, locale: Locale): PersonVotesView {
  const bodies = byId(records.bodies);
  const measures = byId(records.measures);
  return {
    recordLanguage: RECORD_LANGUAGE,
    owner: { kind: "person", id: records.person.id, name: records.person.name },
    paging,
    votes: records.votes.map((cast) => castVoteView(cast, bodies, measures, locale)),
  };
}

export function buildBodyVotesView(records: BodyVotePage, paging: PageWindow, locale: Locale): BodyVotesView {
  const bodies = byId(records.bodies);
  const measures = byId(records.measures);
  return {
    recordLanguage: RECORD_LANGUAGE,
    owner: { kind: "body", id: records.body.id, name: records.body.name },
    paging,
    votes: records.votes.map((vote) => voteSummary(vote, bodies, measures, locale)),
  };
}

export function buildStatementsView(records: StatementPage, paging: PageWindow, locale: Locale): StatementsView {
  const sources = createSourceNumbering(records.sources, locale);
  const { speaker } = records;
  const speakers = byId([speaker]);
  return {
    recordLanguage: RECORD_LANGUAGE,
    owner: { kind: speaker.kind, id: speaker.id, name: speaker.name },
    paging,
    statements: records.statements.map((statement) =>
      statementView(statement, {
        people: speaker.kind === "person" ? speakers : new Map(),
        bodies: speaker.kind === "body" ? speakers : new Map(),
        measures: byId(records.measures),
        sources,
        locale,
      }),
    ),
    sources: sources.list(),
  };
}
