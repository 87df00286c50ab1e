import {
  type MajorityAgreement,
  type Membership,
  majorityAgreement,
  majorityAgreementOf,
  type Person,
  type Source,
  type Statement,
  type VoteEvent,
  type VoteOption,
} from "@legible/core";
import type { PrismaDatabase } from "../../../client";
import { withSourceIds } from "../../kinds/citations";
import { fromRow as membershipFromRow } from "../../kinds/membership";
import { personKind } from "../../kinds/person";
import { fromRow as statementFromRow } from "../../kinds/statement";
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

/** The vote a roll-call entry belongs to: enough to describe it and weigh it against the majority. */
export type VoteSummary = Pick<VoteEvent, "id" | "bodyId" | "measureId" | "date" | "motionText" | "result" | "counts">;

/** One of a person's votes: how they voted, in which vote. */
export interface CastVote {
  option: VoteOption;
  /** The name the roll call gives them. */
  voterName: string;
  vote: VoteSummary;
}

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
  /** Their statements, oldest first. */
  statements: Statement[];
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

/**
 * A person's page: their terms, statements and sources, and the latest `voteLimit` of their
 * votes with the totals over all of them. A long record (thousands of roll calls) costs the
 * same as a short one: the latest votes come off PersonVote's (personId, dateStart) index and,
 * when there are more than fit, the majority counts off its (personId, withMajority) index.
 */
export async function personRecords(
  prisma: PrismaDatabase,
  id: string,
  voteLimit: number,
): Promise<PersonRecords | null> {
  const person = await personKind.find(prisma, id);
  if (!person) return null;
  const [memberships, castRows, statements] = await Promise.all([
    prisma.membership
      .findMany({ where: { personId: id }, orderBy: [{ startDate: "desc" }, { id: "asc" }] })
      .then((rows) => withSourceIds(prisma, "membership", rows, membershipFromRow)),
    prisma.personVote.findMany({
      where: { personId: id },
      orderBy: [{ dateStart: "desc" }, { voteEventId: "asc" }],
      take: voteLimit,
      select: {
        option: true,
        voterName: true,
        voteEvent: {
          select: {
            id: true,
            bodyId: true,
            measureId: true,
            date: true,
            motionText: true,
            result: true,
            counts: true,
          },
        },
      },
    }),
    prisma.statement
      .findMany({ where: { speakerPersonId: id }, orderBy: [{ dateStart: "asc" }, { id: "asc" }] })
      .then((rows) => rows.map(statementFromRow)),
  ]);
  const votes: CastVote[] = castRows.map((row) => ({
    option: row.option as VoteOption,
    voterName: row.voterName,
    vote: {
      ...row.voteEvent,
      result: row.voteEvent.result as VoteSummary["result"],
      counts: row.voteEvent.counts as VoteSummary["counts"],
    },
  }));
  const { totalVotes, majority } =
    votes.length < voteLimit
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
  return { person, memberships, votes, totalVotes, majority, statements, posts, bodies, measures, sources };
}
