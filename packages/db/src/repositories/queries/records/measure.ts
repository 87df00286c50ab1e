import type { Action, Body, Measure, Meeting, Source, Statement, VoteEvent } from "@legible/core";
import type { PrismaDatabase } from "../../../client";
import { fromRow as actionFromRow } from "../../kinds/action";
import { bodyKind } from "../../kinds/body";
import { withSourceIds } from "../../kinds/citations";
import { measureKind } from "../../kinds/measure";
import { fromRow as statementFromRow } from "../../kinds/statement";
import { read as readVotes, withVotes } from "../../kinds/vote-event";
import {
  type BodyRef,
  type ExplainerRef,
  loadBodyRefs,
  loadMeasureRefs,
  loadPersonRefs,
  loadPublishedExplainers,
  loadSources,
  type MeasureRef,
  type PersonRef,
  ruleSourceIds,
  uniqueIds,
} from "./load";
import { measureMeetings } from "./meeting";

/** Everything a measure's page shows, as core records. */
export interface MeasureRecords {
  measure: Measure;
  /** The body that considers it, with its voting rules; null when none is on record. */
  body: Body | null;
  actions: Action[];
  votes: VoteEvent[];
  /** Statements about it, oldest first. */
  statements: Statement[];
  /** Bodies named by its actions, votes, statements and sponsors. */
  bodies: BodyRef[];
  /** People named by its statements and sponsors. */
  people: PersonRef[];
  /** Related measures that are on record. */
  relatedMeasures: MeasureRef[];
  /** Its published explainers, one per locale. */
  explainers: ExplainerRef[];
  /** Meetings whose agenda names it, in time order. */
  meetings: Meeting[];
  /** Every source the page cites. */
  sources: Source[];
}

export async function measureRecords(prisma: PrismaDatabase, id: string): Promise<MeasureRecords | null> {
  const measure = await measureKind.find(prisma, id);
  if (!measure) return null;
  const [body, actions, votes, statements, explainers, meetings] = await Promise.all([
    measure.bodyId ? bodyKind.find(prisma, measure.bodyId) : null,
    prisma.action
      .findMany({ where: { measureId: id }, orderBy: [{ dateStart: "asc" }, { order: "asc" }, { id: "asc" }] })
      .then((rows) => withSourceIds(prisma, "action", rows, actionFromRow)),
    prisma.voteEvent
      .findMany({ where: { measureId: id }, orderBy: [{ dateStart: "asc" }, { id: "asc" }], include: withVotes })
      .then((rows) => readVotes(prisma, rows)),
    prisma.statement
      .findMany({ where: { measureId: id }, orderBy: [{ dateStart: "asc" }, { id: "asc" }] })
      .then((rows) => rows.map(statementFromRow)),
    loadPublishedExplainers(prisma, [id]),
    measureMeetings(prisma, id),
  ]);
  const [bodies, people, relatedMeasures, sources] = await Promise.all([
    loadBodyRefs(
      prisma,
      uniqueIds([
        ...actions.map((action) => action.actorBodyId),
        ...votes.map((vote) => vote.bodyId),
        ...statements.map((statement) => statement.speakerBodyId),
        ...measure.sponsors.map((sponsor) => sponsor.bodyId),
        ...meetings.map((meeting) => meeting.bodyId),
      ]),
    ),
    loadPersonRefs(
      prisma,
      uniqueIds([
        ...statements.map((statement) => statement.speakerPersonId),
        ...measure.sponsors.map((sponsor) => sponsor.personId),
      ]),
    ),
    loadMeasureRefs(prisma, uniqueIds(measure.relatedMeasures.map((related) => related.measureId))),
    loadSources(
      prisma,
      uniqueIds([
        ...measure.sourceIds,
        ...actions.flatMap((action) => action.sourceIds),
        ...votes.flatMap((vote) => vote.sourceIds),
        ...statements.map((statement) => statement.sourceId),
        ...ruleSourceIds(body?.rules),
      ]),
    ),
  ]);
  return { measure, body, actions, votes, statements, bodies, people, relatedMeasures, explainers, meetings, sources };
}
