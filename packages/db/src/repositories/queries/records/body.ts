import type { Body, Membership, Post, Source, Statement, VoteEvent } from "@legible/core";
import type { PrismaDatabase } from "../../../client";
import { bodyKind } from "../../kinds/body";
import { withSourceIds } from "../../kinds/citations";
import { fromRow as membershipFromRow } from "../../kinds/membership";
import { fromRow as postFromRow } from "../../kinds/post";
import {
  type BodyRef,
  loadBodyRefs,
  loadMeasureRefs,
  loadPersonRefs,
  loadSources,
  type MeasureRef,
  type PersonRef,
  ruleSourceIds,
  uniqueIds,
} from "./load";
import { loadVotesNewestFirst } from "./recent-votes";
import { loadLatestStatements } from "./statements";

/** How much of a long record a body's page lists. */
export interface BodyPageLimits {
  votes: number;
  statements: number;
}

/** Everything a body's page shows, as core records. */
export interface BodyRecords {
  body: Body;
  /** The body it sits under, when there is one. */
  parent: BodyRef | null;
  posts: Post[];
  /** Every term in the body or one of its posts, past and present. */
  memberships: Membership[];
  people: PersonRef[];
  /** Its latest votes (as many as asked for), newest first. */
  recentVotes: VoteEvent[];
  /**
   * Whether it held more votes than these. Not a count: a council holds tens of thousands of
   * votes over the years, and counting them would make its page cost grow with them.
   */
  moreVotes: boolean;
  measures: MeasureRef[];
  /** The latest of what the body itself said (a party's posts, a council's resolution), newest first. */
  statements: Statement[];
  /** How many statements of its own are on record. */
  totalStatements: number;
  sources: Source[];
}

export async function bodyRecords(
  prisma: PrismaDatabase,
  id: string,
  limits: BodyPageLimits,
): Promise<BodyRecords | null> {
  const body = await bodyKind.find(prisma, id);
  if (!body) return null;
  const [parents, posts, votesAndOne, latestStatements] = await Promise.all([
    loadBodyRefs(prisma, uniqueIds([body.parentId])),
    prisma.post
      .findMany({ where: { bodyId: id }, orderBy: [{ label: "asc" }, { id: "asc" }] })
      .then((rows) => rows.map(postFromRow)),
    loadVotesNewestFirst(prisma, { bodyId: id }, { offset: 0, limit: limits.votes + 1 }),
    loadLatestStatements(prisma, { kind: "body", id }, { offset: 0, limit: limits.statements }),
  ]);
  const { statements, total: totalStatements } = latestStatements;
  const recentVotes = votesAndOne.slice(0, limits.votes);
  const memberships = await prisma.membership
    .findMany({
      where: { OR: [{ bodyId: id }, { postId: { in: posts.map((post) => post.id) } }] },
      orderBy: [{ startDate: "desc" }, { id: "asc" }],
    })
    .then((rows) => withSourceIds(prisma, "membership", rows, membershipFromRow));
  const [people, measures, sources] = await Promise.all([
    loadPersonRefs(prisma, uniqueIds(memberships.map((membership) => membership.personId))),
    loadMeasureRefs(
      prisma,
      uniqueIds([...recentVotes.map((vote) => vote.measureId), ...statements.map((statement) => statement.measureId)]),
    ),
    loadSources(
      prisma,
      uniqueIds([
        ...body.sourceIds,
        ...ruleSourceIds(body.rules),
        ...memberships.flatMap((membership) => membership.sourceIds),
        ...statements.map((statement) => statement.sourceId),
      ]),
    ),
  ]);
  return {
    body,
    parent: parents[0] ?? null,
    posts,
    memberships,
    people,
    recentVotes,
    moreVotes: votesAndOne.length > limits.votes,
    measures,
    statements,
    totalStatements,
    sources,
  };
}
