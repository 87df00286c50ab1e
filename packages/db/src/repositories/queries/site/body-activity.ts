import type { MeasureClassification, VotingRules } from "@legible/core";
import type { PrismaDatabase } from "../../../client";
import { actionKind } from "../../kinds/action";
import { bodyKind } from "../../kinds/body";
import { voteEventKind } from "../../kinds/vote-event";
import { loadBodyRefs, loadMeasureRefs, uniqueIds } from "../records/load";
import type { RecordNames, VoteRules } from "./activity";
import { findAll } from "./reads";

// A body's feed's read model: its latest votes and the latest steps it took, with the names
// and voting rules the feed items are written with.

export function bodyActivityQueries(prisma: PrismaDatabase) {
  return {
    /**
     * A body with its latest `limit` votes and the latest `limit` actions it took, newest first
     * (off the (bodyId, dateStart) and (actorBodyId, dateStart) indexes); `null` if there is no
     * such body.
     */
    async siteBodyActivity(bodyId: string, limit: number) {
      const body = await bodyKind.find(prisma, bodyId);
      if (!body) return null;
      const newest = [{ dateStart: "desc" as const }, { id: "asc" as const }];
      const [voteRows, actionRows] = await Promise.all([
        prisma.voteEvent.findMany({ where: { bodyId }, select: { id: true }, orderBy: newest, take: limit }),
        prisma.action.findMany({ where: { actorBodyId: bodyId }, select: { id: true }, orderBy: newest, take: limit }),
      ]);
      const [votes, actions] = await Promise.all([
        findAll(
          prisma,
          voteEventKind,
          voteRows.map((row) => row.id),
        ),
        findAll(
          prisma,
          actionKind,
          actionRows.map((row) => row.id),
        ),
      ]);
      // A body's votes are all its own, so its rules are the only body rules they need.
      const measures = await loadMeasureRefs(
        prisma,
        uniqueIds([...votes.map((vote) => vote.measureId), ...actions.map((action) => action.measureId)]),
      );
      const [self] = await loadBodyRefs(prisma, [bodyId]);
      const names: RecordNames = {
        measures: Object.fromEntries(measures.map((measure) => [measure.id, measure.title])),
        bodies: { [body.id]: body.name },
        people: {},
      };
      const voteRules: VoteRules = {
        bodies: { [body.id]: (self?.rules as VotingRules | undefined) ?? null },
        measures: Object.fromEntries(
          measures.map((measure) => [measure.id, measure.classification as MeasureClassification]),
        ),
      };
      return { body, votes, actions, names, voteRules };
    },
  };
}
