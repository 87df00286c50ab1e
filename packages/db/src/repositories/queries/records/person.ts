import type { Membership, Person, Source, Statement, VoteEvent, VoteOption } from "@legible/core";
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
  /** Every roll-call entry that names them, newest vote first. */
  votes: CastVote[];
  /** Their statements, oldest first. */
  statements: Statement[];
  posts: PostRef[];
  bodies: BodyRef[];
  measures: MeasureRef[];
  sources: Source[];
}

export async function personRecords(prisma: PrismaDatabase, id: string): Promise<PersonRecords | null> {
  const person = await personKind.find(prisma, id);
  if (!person) return null;
  const [memberships, castRows, statements] = await Promise.all([
    prisma.membership
      .findMany({ where: { personId: id }, orderBy: [{ startDate: "desc" }, { id: "asc" }] })
      .then((rows) => withSourceIds(prisma, "membership", rows, membershipFromRow)),
    // Uses PersonVote's personId index; the vote's fields come in the same query.
    prisma.personVote.findMany({
      where: { personId: id },
      orderBy: [{ voteEvent: { dateStart: "desc" } }, { voteEventId: "asc" }],
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
  return { person, memberships, votes, statements, posts, bodies, measures, sources };
}
