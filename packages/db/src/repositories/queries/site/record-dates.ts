import type { PrismaDatabase } from "../../../client";

// When each record a search found last happened, so the search feed can put the newest first:
// a measure's latest action (or its last change when it has none), a meeting's start, an
// explainer's latest publication and a person's last change. One query per kind found.

/** A record a search found: its kind (search's recordType) and id. */
export interface FoundRecord {
  recordType: string;
  recordId: string;
}

/** The key `recordDates` answers under: `measure:<id>`. */
export function recordDateKey(record: FoundRecord): string {
  return `${record.recordType}:${record.recordId}`;
}

function idsOf(records: readonly FoundRecord[], recordType: string): string[] {
  return [...new Set(records.filter((record) => record.recordType === recordType).map((record) => record.recordId))];
}

/** A plain day (`2024-11-19`) at noon UTC, which is the same calendar day in the Americas and Europe. */
function dayInstant(day: string): string {
  return `${day}T12:00:00.000Z`;
}

export function recordDateQueries(prisma: PrismaDatabase) {
  return {
    /** An ISO instant per record found, by `recordDateKey`; a record not on the public site has none. */
    async siteRecordDates(records: readonly FoundRecord[]): Promise<Map<string, string>> {
      const [measureIds, personIds, meetingIds, explainerIds] = ["measure", "person", "meeting", "explainer"].map(
        (type) => idsOf(records, type),
      ) as [string[], string[], string[], string[]];
      // No query for an empty list: `id IN ()` reaches the database as a scan of the whole table.
      const [measures, people, meetings, explainers] = await Promise.all([
        measureIds.length
          ? prisma.measure.findMany({
              where: { id: { in: measureIds } },
              select: { id: true, latestActionOn: true, updatedAt: true },
            })
          : [],
        personIds.length
          ? prisma.person.findMany({ where: { id: { in: personIds } }, select: { id: true, updatedAt: true } })
          : [],
        meetingIds.length
          ? prisma.meeting.findMany({ where: { id: { in: meetingIds } }, select: { id: true, startsAt: true } })
          : [],
        explainerIds.length
          ? prisma.explainerRevision.groupBy({
              by: ["explainerId"],
              where: { explainerId: { in: explainerIds } },
              _max: { publishedAt: true },
            })
          : [],
      ]);
      const dates = new Map<string, string>();
      for (const row of measures)
        dates.set(
          `measure:${row.id}`,
          row.latestActionOn ? dayInstant(row.latestActionOn) : row.updatedAt.toISOString(),
        );
      for (const row of people) dates.set(`person:${row.id}`, row.updatedAt.toISOString());
      for (const row of meetings) dates.set(`meeting:${row.id}`, row.startsAt.toISOString());
      for (const row of explainers) {
        const published = row._max.publishedAt;
        if (published) dates.set(`explainer:${row.explainerId}`, published.toISOString());
      }
      return dates;
    },
  };
}
