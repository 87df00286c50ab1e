import {
  compareTerms,
  formatDate,
  type Locale,
  type MajorityAgreement,
  type PartialDate,
  type TermStatus,
  termStatus,
} from "@legible/core";
import type { Repositories } from "@legible/db";
import { type InferredView, inferredView } from "./inferred";
import { type CastVoteView, castVoteView } from "./long-lists";
import { type BodyLink, bodyLink, byId, RECORD_LANGUAGE, type StatementView, statementView } from "./record-parts";
import { createSourceNumbering, type SourceView } from "./record-sources";

export type PersonRecords = NonNullable<Awaited<ReturnType<Repositories["personRecords"]>>>;

/** A term: the role, in a post or a body, from a date to a date. */
export interface RoleView {
  id: string;
  /** The role the record names ("Councilmember"); null when it names none. */
  role: string | null;
  post: { id: string; label: string } | null;
  /** The body of the term, or of its post. */
  body: BodyLink | null;
  /** Formatted; null when not on record. */
  start: string | null;
  end: string | null;
  /** Set when a date was worked out rather than reported, with how. */
  startInferred: InferredView;
  endInferred: InferredView;
  status: TermStatus;
  sourceNumbers: number[];
}

/** A person's page, ready to render in one locale. */
export interface PersonView {
  recordLanguage: typeof RECORD_LANGUAGE;
  id: string;
  name: string;
  roles: RoleView[];
  votes: CastVoteView[];
  /** How many roll calls name them; `votes` lists the latest of them (RECORD_PAGE_LATEST). */
  totalVotes: number;
  majority: MajorityAgreement;
  /** Their latest statements, newest first. */
  statements: StatementView[];
  totalStatements: number;
  sourceNumbers: number[];
  sources: SourceView[];
}

export function buildPersonView(records: PersonRecords, locale: Locale, today: PartialDate): PersonView {
  const { person } = records;
  const sources = createSourceNumbering(records.sources, locale);
  const sourceNumbers = sources.citeAll(person.sourceIds);
  const bodies = byId(records.bodies);
  const posts = byId(records.posts);
  const measures = byId(records.measures);

  const roles = records.memberships
    .map((term) => {
      const post = term.postId ? posts.get(term.postId) : undefined;
      const body = bodies.get(term.bodyId ?? post?.bodyId ?? "");
      return { term, post, body, status: termStatus(term, today), startDate: term.startDate };
    })
    // Offices before party memberships when the dates do not order them.
    .sort(
      (a, b) =>
        compareTerms(a, b) || Number(a.body?.classification === "party") - Number(b.body?.classification === "party"),
    )
    .map(({ term, post, body, status }): RoleView => {
      return {
        id: term.id,
        role: term.role ?? post?.role ?? null,
        post: post ? { id: post.id, label: post.label } : null,
        body: bodyLink(body),
        start: term.startDate === null ? null : formatDate(term.startDate, locale),
        end: term.endDate === null ? null : formatDate(term.endDate, locale),
        startInferred: term.startDate === null ? null : inferredView(term, "startDate", locale),
        endInferred: term.endDate === null ? null : inferredView(term, "endDate", locale),
        status,
        sourceNumbers: sources.citeAll(term.sourceIds),
      };
    });

  return {
    recordLanguage: RECORD_LANGUAGE,
    id: person.id,
    name: person.name,
    roles,
    votes: records.votes.map((cast) => castVoteView(cast, bodies, measures, locale)),
    totalVotes: records.totalVotes,
    majority: records.majority,
    statements: records.statements.map((statement) =>
      statementView(statement, {
        people: byId([person]),
        bodies,
        measures,
        sources,
        locale,
      }),
    ),
    totalStatements: records.totalStatements,
    sourceNumbers,
    sources: sources.list(),
  };
}
