import { type VoteEvent, VoteEventSchema, votedWithMajority } from "@legible/core";
import { type PersonVote, Prisma, type VoteEvent as Row } from "../../generated/sqlite/client";
import {
  counted,
  externalFromRow,
  externalToRow,
  nullable,
  optional,
  pageQuery,
  type RecordKind,
  stampFields,
  type Tx,
} from "../record-kind";
import { sourceIdsByRecord } from "./citations";
import { dateStart } from "./dates";
import { meetingsNaming } from "./meeting";

type RowWithVotes = Row & { votes: PersonVote[] };

export function fromRow(row: RowWithVotes, sourceIds: string[]): VoteEvent {
  return {
    id: row.id,
    bodyId: row.bodyId,
    measureId: row.measureId,
    actionId: optional(row.actionId),
    date: row.date,
    motionText: row.motionText,
    motionClassification: optional(row.motionClassification as VoteEvent["motionClassification"] | null),
    result: row.result as VoteEvent["result"],
    counts: row.counts as VoteEvent["counts"],
    inferred: optional(row.inferred as VoteEvent["inferred"] | null),
    rollCall: row.rollCallKnown
      ? row.votes.map((vote) => ({
          voterName: vote.voterName,
          personId: optional(vote.personId),
          option: vote.option as NonNullable<VoteEvent["rollCall"]>[number]["option"],
        }))
      : null,
    sourceIds,
    ...externalFromRow(row),
    ...stampFields(row),
  };
}

function fields(record: VoteEvent) {
  return {
    ...externalToRow(record),
    bodyId: record.bodyId,
    measureId: record.measureId,
    actionId: nullable(record.actionId),
    date: record.date,
    dateStart: dateStart(record.date),
    motionText: record.motionText,
    motionClassification: record.motionClassification ?? Prisma.DbNull,
    result: record.result,
    counts: record.counts,
    rollCallKnown: record.rollCall !== null,
    inferred: record.inferred ?? Prisma.DbNull,
  };
}

/**
 * The roll call as rows, one per member, so a person's voting record is one indexed query. Each
 * row carries the vote's date and whether the member sided with its majority, so a person's
 * page reads their latest votes and their share with the majority without reading every vote.
 */
export function rollCallRows(record: VoteEvent) {
  return (record.rollCall ?? []).map((entry, position) => ({
    voteEventId: record.id,
    position,
    voterName: entry.voterName,
    personId: nullable(entry.personId),
    option: entry.option,
    dateStart: dateStart(record.date),
    withMajority: votedWithMajority({ option: entry.option, counts: record.counts }),
  }));
}

async function replaceRollCall(tx: Tx, record: VoteEvent): Promise<void> {
  await tx.personVote.deleteMany({ where: { voteEventId: record.id } });
  if (!record.rollCall?.length) return;
  await tx.personVote.createMany({ data: rollCallRows(record) });
}

export async function read(tx: Tx, rows: RowWithVotes[]): Promise<VoteEvent[]> {
  const sources = await sourceIdsByRecord(
    tx,
    "vote-event",
    rows.map((row) => row.id),
  );
  return rows.map((row) => fromRow(row, sources.get(row.id) ?? []));
}

export const withVotes = { votes: { orderBy: { position: "asc" as const } } };

export const voteEventKind: RecordKind<VoteEvent> = {
  type: "vote-event",
  label: "vote",
  schema: VoteEventSchema,
  find: async (tx, id) => {
    const row = await tx.voteEvent.findUnique({ where: { id }, include: withVotes });
    return row ? ((await read(tx, [row]))[0] ?? null) : null;
  },
  list: async (tx, page) =>
    read(
      tx,
      await tx.voteEvent.findMany({ include: withVotes, ...pageQuery(page, [{ dateStart: "desc" }, { id: "asc" }]) }),
    ),
  count: (tx) => tx.voteEvent.count(),
  stamp: (tx, id) =>
    tx.voteEvent.findUnique({ where: { id }, select: { version: true, updatedAt: true, updatedBy: true } }),
  insert: async (tx, record, updatedBy) => {
    await tx.voteEvent.create({ data: { id: record.id, ...fields(record), updatedBy } });
    await replaceRollCall(tx, record);
  },
  update: async (tx, record, expectedVersion, updatedBy) => {
    const { count } = await tx.voteEvent.updateMany({
      where: { id: record.id, version: expectedVersion },
      data: { ...fields(record), updatedBy, version: { increment: 1 } },
    });
    if (count === 1) await replaceRollCall(tx, record);
    return count === 1;
  },
  remove: async (tx, id) => {
    await tx.voteEvent.delete({ where: { id } });
  },
  dependents: async (tx, id) => {
    const meetings = await meetingsNaming(tx, "vote-event", id);
    return meetings ? [`it is on the agenda of ${counted(meetings, "meeting")}`] : [];
  },
  sourceIds: (record) => record.sourceIds,
  searchTexts: () => [],
};
