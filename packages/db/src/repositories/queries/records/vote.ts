import type { Body, Membership, Post, Source, VoteEvent } from "@legible/core";
import type { PrismaDatabase } from "../../../client";
import { bodyKind } from "../../kinds/body";
import { withSourceIds } from "../../kinds/citations";
import { fromRow as membershipFromRow } from "../../kinds/membership";
import { fromRow as postFromRow } from "../../kinds/post";
import { voteEventKind } from "../../kinds/vote-event";
import { loadMeasureRefs, loadSources, type MeasureRef, ruleSourceIds, uniqueIds } from "./load";

/** Everything a vote's page shows, as core records. */
export interface VoteRecords {
  vote: VoteEvent;
  /** The body that voted, with its voting rules. */
  body: Body;
  /** The measure voted on; null when the vote names none. */
  measure: MeasureRef | null;
  /** The body's posts and every term in the body or its posts: a roll call is checked against them. */
  posts: Post[];
  memberships: Membership[];
  sources: Source[];
}

export async function voteRecords(prisma: PrismaDatabase, id: string): Promise<VoteRecords | null> {
  const vote = await voteEventKind.find(prisma, id);
  if (!vote) return null;
  const [body, measures, posts] = await Promise.all([
    bodyKind.find(prisma, vote.bodyId),
    loadMeasureRefs(prisma, uniqueIds([vote.measureId])),
    prisma.post.findMany({ where: { bodyId: vote.bodyId } }).then((rows) => rows.map(postFromRow)),
  ]);
  // A vote's body is required by the schema (a foreign key); a missing one means a broken database.
  if (!body) throw new Error(`The vote ${id} points at a body that does not exist.`);
  // Terms only matter when there is a roll call to check against them.
  const memberships =
    vote.rollCall === null
      ? []
      : await prisma.membership
          .findMany({
            where: { OR: [{ bodyId: vote.bodyId }, { postId: { in: posts.map((post) => post.id) } }] },
            orderBy: { id: "asc" },
          })
          .then((rows) => withSourceIds(prisma, "membership", rows, membershipFromRow));
  const sources = await loadSources(prisma, uniqueIds([...vote.sourceIds, ...ruleSourceIds(body.rules)]));
  return { vote, body, measure: measures[0] ?? null, posts, memberships, sources };
}
