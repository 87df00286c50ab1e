import {
  type MajorityAgreement,
  type Membership,
  majorityAgreement,
  majorityAgreementOf,
  type Person,
  type Source,
  type Statement,
} from "@legible/core";
import type { PrismaDatabase } from "../../../client";
import { withSourceIds } from "../../kinds/citations";
import { fromRow as membershipFromRow } from "../../kinds/membership";
import { personKind } from "../../kinds/person";
import { type CastVote, loadCastVotes } from "./cast-votes";
import {
  type BodyRef,
  loadBodyRefs,
  loadMeasureRefs,
  loadPostRefs,
  loadSources,
  type MeasureRef,
  type PostRef,
  uniqueIds,
} from "./load";
import { loadLatestStatements } from "./statements";

/** Everything a person's page shows, as core records. */
export interface PersonRecords {
  person: Person;
  memberships: Membership[];
  /** The latest roll-call entries that name them (as many as asked for), newest vote first. */
  votes: CastVote[];
  /** How many roll calls name them. */
  totalVotes: number;
  /** How often they voted with the majority, over every roll call that names them. */
  majority: MajorityAgreement;
  /** Their latest statements (as many as asked for), newest first. */
  statements: Statement[];
  /** How many statements of theirs are on record. */
  totalStatements: number;
  posts: PostRef[];
  bodies: BodyRef[];
  measures: MeasureRef[];
  sources: Source[];
}

/** The totals of a record longer than a page, counted on the (personId, withMajority) index. */
async function recordTotals(
  prisma: PrismaDatabase,
  personId: string,
): Promise<{ totalVotes: number; majority: MajorityAgreement }> {
  const sides = await prisma.personVote.groupBy({ by: ["withMajority"], where: { personId }, _count: { _all: true } });
  const tally = (side: boolean | null) => sides.find((row) => row.withMajority === side)?._count._all ?? 0;
  return {
    totalVotes: tally(true) + tally(false) + tally(null),
    majority: majorityAgreementOf({ withMajority: tally(true), against: tally(false) }),
  };
}

/** How much of a long record a person's page lists. */
export interface PersonPageLimits {
  votes: number;
  statements: number;
}

/**
 * A person's page: their terms and sources, their latest votes and statements, and the totals
 * over all of them. A long record (thousands of roll calls) costs the same as a short one: the
 * latest votes and statements come off their (person, date) indexes and, when there are more
 * votes than fit, the majority counts off PersonVote's (personId, withMajority) index.
 */
export async function personRecords(
  prisma: PrismaDatabase,
  id: string,
  limits: PersonPageLimits,
): Promise<PersonRecords | null> {
  const person = await personKind.find(prisma, id);
  if (!person) return null;
  const [memberships, votes, latestStatements] = await Promise.all([
    prisma.membership
      .findMany({ where: { personId: id }, orderBy: [{ startDate: "desc" }, { id: "asc" }] })
      .then((rows) => withSourceIds(prisma, "membership", rows, membershipFromRow)),
    loadCastVotes(prisma, id, { offset: 0, limit: limits.votes }),
    loadLatestStatements(prisma, { kind: "person", id }, { offset: 0, limit: limits.statements }),
  ]);
  const { statements, total: totalStatements } = latestStatements;
  const { totalVotes, majority } =
    votes.length < limits.votes
      ? {
          totalVotes: votes.length,
          majority: majorityAgreement(votes.map((cast) => ({ ...cast, counts: cast.vote.counts }))),
        }
      : await recordTotals(prisma, id);
  const posts = await loadPostRefs(prisma, uniqueIds(memberships.map((membership) => membership.postId)));
  const [bodies, measures, sources] = await Promise.all([
    loadBodyRefs(
      prisma,
      uniqueIds([
        ...memberships.map((membership) => membership.bodyId),
        ...posts.map((post) => post.bodyId),
        ...votes.map((cast) => cast.vote.bodyId),
      ]),
    ),
    loadMeasureRefs(
      prisma,
      uniqueIds([...votes.map((cast) => cast.vote.measureId), ...statements.map((statement) => statement.measureId)]),
    ),
    loadSources(
      prisma,
      uniqueIds([
        ...person.sourceIds,
        ...memberships.flatMap((membership) => membership.sourceIds),
        ...statements.map((statement) => statement.sourceId),
      ]),
    ),
  ]);
  return {
    person,
    memberships,
    votes,
    totalVotes,
    majority,
    statements,
    totalStatements,
    posts,
    bodies,
    measures,
    sources,
  };
}
