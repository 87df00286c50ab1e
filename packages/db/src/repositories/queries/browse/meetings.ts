import type { Meeting, MeetingBrowseFilters, PageSlice } from "@legible/core";
import type { PrismaDatabase } from "../../../client";
import type { Prisma } from "../../../generated/sqlite/client";
import { withSourceIds } from "../../kinds/citations";
import { fromRow as meetingFromRow } from "../../kinds/meeting";
import { type BodyRef, loadBodyRefs, uniqueIds } from "../records/load";

/** One page of all meetings, upcoming or past, of one body or every body. */
export interface MeetingListPage {
  meetings: Meeting[];
  bodies: BodyRef[];
  total: number;
}

/**
 * Upcoming meetings (starting after `now`, soonest first) or past ones (latest first), of one
 * body off the (bodyId, startsAt) index or of all off (startsAt). Cancelled and postponed
 * meetings stay, with their status.
 */
export async function meetingListPage(
  prisma: PrismaDatabase,
  filters: MeetingBrowseFilters,
  now: Date,
  slice: PageSlice,
): Promise<MeetingListPage> {
  const upcoming = filters.when === "upcoming";
  const where: Prisma.MeetingWhereInput = {
    ...(filters.body ? { bodyId: filters.body } : {}),
    startsAt: upcoming ? { gt: now } : { lte: now },
  };
  const [rows, total] = await Promise.all([
    prisma.meeting.findMany({
      where,
      orderBy: [{ startsAt: upcoming ? "asc" : "desc" }, { id: "asc" }],
      skip: slice.offset,
      take: slice.limit,
    }),
    prisma.meeting.count({ where }),
  ]);
  const [meetings, bodies] = await Promise.all([
    withSourceIds(prisma, "meeting", rows, meetingFromRow),
    loadBodyRefs(prisma, uniqueIds(rows.map((row) => row.bodyId))),
  ]);
  return { meetings, bodies, total };
}
