import { type Issue, type Meeting, MeetingSchema } from "@legible/core";
import { Prisma, type Meeting as Row } from "../../generated/sqlite/client";
import { InvalidRecordError } from "../errors";
import {
  externalFromRow,
  externalToRow,
  nullable,
  optional,
  pageQuery,
  type RecordKind,
  stampFields,
  type Tx,
} from "../record-kind";
import { withSourceIds } from "./citations";

export function fromRow(row: Row, sourceIds: string[]): Meeting {
  return {
    id: row.id,
    bodyId: row.bodyId,
    jurisdictionId: optional(row.jurisdictionId),
    name: row.name,
    start: row.start,
    end: optional(row.end),
    timeZone: row.timeZone,
    status: row.status as Meeting["status"],
    location: optional(row.location as Meeting["location"] | null),
    description: optional(row.description),
    agenda: row.agenda as Meeting["agenda"],
    documents: row.documents as Meeting["documents"],
    media: row.media as Meeting["media"],
    sourceIds,
    ...externalFromRow(row),
    ...stampFields(row),
  };
}

function fields(record: Meeting) {
  return {
    bodyId: record.bodyId,
    jurisdictionId: nullable(record.jurisdictionId),
    name: record.name,
    start: record.start,
    startsAt: new Date(record.start),
    end: nullable(record.end),
    timeZone: record.timeZone,
    status: record.status,
    location: record.location ?? Prisma.DbNull,
    description: nullable(record.description),
    agenda: record.agenda,
    documents: record.documents,
    media: record.media,
    ...externalToRow(record),
  };
}

/** The kinds of record an agenda item points at, by the item's field. */
const LINKED = [
  { field: "measureIds", recordType: "measure", label: "measure" },
  { field: "actionIds", recordType: "action", label: "action" },
  { field: "voteIds", recordType: "vote-event", label: "vote" },
] as const;

type LinkedType = (typeof LINKED)[number]["recordType"];

/** The measures, actions and votes an agenda points at, each once. */
export function agendaLinks(record: Meeting): Array<{ recordType: LinkedType; recordId: string }> {
  const seen = new Set<string>();
  const links: Array<{ recordType: LinkedType; recordId: string }> = [];
  for (const item of record.agenda) {
    for (const { field, recordType } of LINKED) {
      for (const recordId of item[field]) {
        const key = `${recordType}\u0000${recordId}`;
        if (seen.has(key)) continue;
        seen.add(key);
        links.push({ recordType, recordId });
      }
    }
  }
  return links;
}

/**
 * Refuses an agenda that names a measure, action or vote not on record, each problem at its
 * place (`agenda.1.measureIds.0`), so the staff form can show it beside the item. The links
 * have no foreign key (one table serves three kinds), so this check stands in for one.
 */
async function checkAgendaRecords(tx: Tx, record: Meeting): Promise<void> {
  const ids = (type: LinkedType) =>
    agendaLinks(record)
      .filter((link) => link.recordType === type)
      .map((link) => link.recordId);
  const select = { where: {}, select: { id: true } };
  const [measures, actions, votes] = await Promise.all([
    ids("measure").length ? tx.measure.findMany({ ...select, where: { id: { in: ids("measure") } } }) : [],
    ids("action").length ? tx.action.findMany({ ...select, where: { id: { in: ids("action") } } }) : [],
    ids("vote-event").length ? tx.voteEvent.findMany({ ...select, where: { id: { in: ids("vote-event") } } }) : [],
  ]);
  const found = {
    measure: new Set(measures.map((row) => row.id)),
    action: new Set(actions.map((row) => row.id)),
    "vote-event": new Set(votes.map((row) => row.id)),
  };
  const issues: Issue[] = [];
  record.agenda.forEach((item, index) => {
    for (const { field, recordType, label } of LINKED) {
      item[field].forEach((id, position) => {
        if (!found[recordType].has(id)) {
          issues.push({
            path: `agenda.${index}.${field}.${position}`,
            message: `points at a ${label} that does not exist ("${id}")`,
          });
        }
      });
    }
  });
  if (issues.length) throw new InvalidRecordError(issues, "meeting");
}

async function replaceLinks(tx: Tx, record: Meeting): Promise<void> {
  await tx.meetingAgendaLink.deleteMany({ where: { meetingId: record.id } });
  const links = agendaLinks(record);
  if (!links.length) return;
  const startsAt = new Date(record.start);
  await tx.meetingAgendaLink.createMany({
    data: links.map((link) => ({ meetingId: record.id, ...link, startsAt })),
  });
}

/** How many meetings' agendas name a record: what stops it being deleted. */
export async function meetingsNaming(tx: Tx, recordType: LinkedType, recordId: string): Promise<number> {
  return tx.meetingAgendaLink.count({ where: { recordType, recordId } });
}

export const meetingKind: RecordKind<Meeting> = {
  type: "meeting",
  label: "meeting",
  schema: MeetingSchema,
  find: async (tx, id) => {
    const row = await tx.meeting.findUnique({ where: { id } });
    return row ? ((await withSourceIds(tx, "meeting", [row], fromRow))[0] ?? null) : null;
  },
  list: async (tx, page) =>
    withSourceIds(
      tx,
      "meeting",
      await tx.meeting.findMany({ ...pageQuery(page, [{ startsAt: "desc" }, { id: "asc" }]) }),
      fromRow,
    ),
  count: (tx) => tx.meeting.count(),
  stamp: (tx, id) =>
    tx.meeting.findUnique({ where: { id }, select: { version: true, updatedAt: true, updatedBy: true } }),
  insert: async (tx, record, updatedBy) => {
    await checkAgendaRecords(tx, record);
    await tx.meeting.create({ data: { id: record.id, ...fields(record), updatedBy } });
    await replaceLinks(tx, record);
  },
  update: async (tx, record, expectedVersion, updatedBy) => {
    await checkAgendaRecords(tx, record);
    const { count } = await tx.meeting.updateMany({
      where: { id: record.id, version: expectedVersion },
      data: { ...fields(record), updatedBy, version: { increment: 1 } },
    });
    if (count === 1) await replaceLinks(tx, record);
    return count === 1;
  },
  remove: async (tx, id) => {
    await tx.meeting.delete({ where: { id } });
  },
  dependents: async () => [],
  sourceIds: (record) => record.sourceIds,
  searchTexts: (record) => [
    {
      locale: "en",
      title: record.name,
      body: [
        record.description,
        record.location?.name,
        ...record.agenda.flatMap((item) => [item.number, item.text, ...item.notes]),
      ]
        .filter(Boolean)
        .join("\n"),
    },
  ],
};
