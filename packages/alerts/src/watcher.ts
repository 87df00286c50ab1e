import { type AuditedChange, followKeysOf, matchesSearch } from "./matching";
import type { PrismaDatabase } from "./prisma";
import { addressKey, isUniqueViolation, queueEmail } from "./store";

// The watcher reads the audit log (every staff save, sync and import writes one entry per change)
// from where it last stopped, and turns each change into one event per confirmed subscription it
// concerns. Any number of machines may run it at once: an event is unique per subscription and
// entry, and an email per key, so a second machine finds them there and adds nothing.

const CURSOR_ID = "audit";
const PAGE = 200;

export interface ScanOptions {
  /** Pages of entries read in one scan. Default 10. */
  pages?: number;
  /**
   * Entries younger than this are left for a later scan. On PostgreSQL two saves can commit out of
   * order (a sequence hands out ids as rows are written, not as transactions commit), so an entry
   * may appear after one with a higher id was read; the cursor passing it would lose its alert.
   * Waiting this long lets every transaction shorter than it commit first. 0 on SQLite, whose one
   * writer commits in id order. Default 0.
   */
  settleMs?: number;
  now?: Date;
}

/**
 * Reads new audit entries, records events and queues immediate alerts. The first run starts at
 * the log's end: a new install does not mail its whole history. Returns the emails it queued.
 */
export async function scanChanges(prisma: PrismaDatabase, options: ScanOptions = {}): Promise<string[]> {
  const pages = options.pages ?? 10;
  const settledBy = (options.now ?? new Date()).getTime() - (options.settleMs ?? 0);
  const stored = await prisma.alertCursor.findUnique({ where: { id: CURSOR_ID } });
  if (!stored) {
    const last = await prisma.auditEntry.findFirst({ orderBy: { id: "desc" }, select: { id: true } });
    try {
      await prisma.alertCursor.create({ data: { id: CURSOR_ID, auditEntryId: last?.id ?? 0 } });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
    return [];
  }
  const queued: string[] = [];
  let from: number = stored.auditEntryId;
  for (let page = 0; page < pages; page++) {
    const entries: AuditedChange[] = await prisma.auditEntry.findMany({
      where: { id: { gt: from } },
      orderBy: { id: "asc" },
      take: PAGE,
      select: { id: true, at: true, action: true, recordType: true, recordId: true, before: true, after: true },
    });
    // In id order, up to the first entry still settling: the cursor never passes one.
    const firstUnsettled = entries.findIndex((entry) => entry.at.getTime() > settledBy);
    const settled = firstUnsettled === -1 ? entries : entries.slice(0, firstUnsettled);
    if (settled.length === 0) break;
    const searches = await prisma.alertSubscription.findMany({
      where: { scope: "search", confirmedAt: { not: null } },
    });
    for (const entry of settled) queued.push(...(await eventsFor(prisma, entry, searches)));
    const last: number = (settled.at(-1) as AuditedChange).id;
    // Moves only from where this machine read; another machine that moved it first wins (and
    // what this one added again was refused by the unique keys).
    await prisma.alertCursor.updateMany({
      where: { id: CURSOR_ID, auditEntryId: { lt: last } },
      data: { auditEntryId: last },
    });
    from = last;
    if (settled.length < PAGE) break;
  }
  return queued;
}

async function eventsFor(
  prisma: PrismaDatabase,
  change: AuditedChange,
  searches: { id: string; target: string; email: string; frequency: string }[],
): Promise<string[]> {
  const keys = followKeysOf(change);
  const followed = keys.length
    ? await prisma.alertSubscription.findMany({
        where: { confirmedAt: { not: null }, OR: keys.map((key) => ({ scope: key.scope, target: key.target })) },
      })
    : [];
  const concerned = [...followed, ...searches.filter((search) => matchesSearch(change, search.target))];
  const queued: string[] = [];
  for (const subscription of concerned) {
    let eventId: number;
    try {
      eventId = (
        await prisma.alertEvent.create({
          data: { subscriptionId: subscription.id, auditEntryId: change.id },
          select: { id: true },
        })
      ).id;
    } catch (error) {
      if (isUniqueViolation(error)) continue;
      throw error;
    }
    if (subscription.frequency !== "immediate") continue;
    const emailId = `alert:${subscription.id}:${change.id}`;
    await prisma.alertEvent.update({ where: { id: eventId }, data: { emailId } });
    if (await queueEmail(prisma, emailId, subscription.email, "alert")) queued.push(emailId);
  }
  return queued;
}

/** The day a digest covers (UTC), as YYYY-MM-DD. */
function dayOf(at: Date): string {
  return at.toISOString().slice(0, 10);
}

/**
 * Once a day, at `hourUtc`, each address with events not yet in an email gets one digest of them,
 * grouped when rendered by what it follows. The digest's key holds the address's hash and the
 * day, so two machines make one digest; the events are handed to whichever made it.
 */
export async function queueDigests(prisma: PrismaDatabase, now: Date, hourUtc: number): Promise<string[]> {
  const dueAt = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), hourUtc));
  if (now < dueAt) return [];
  const waiting = await prisma.alertEvent.findMany({
    where: {
      emailId: null,
      createdAt: { lte: dueAt },
      // Any follow's events no email took: a daily follow's, and those of a follow switched from
      // daily to immediate before its digest, or whose immediate email was never queued.
      subscription: { confirmedAt: { not: null } },
    },
    select: { id: true, subscription: { select: { email: true } } },
    orderBy: { id: "asc" },
    take: 5000,
  });
  const byAddress = new Map<string, number[]>();
  for (const event of waiting) {
    const list = byAddress.get(event.subscription.email) ?? [];
    list.push(event.id);
    byAddress.set(event.subscription.email, list);
  }
  const queued: string[] = [];
  for (const [email, eventIds] of byAddress) {
    const emailId = `digest:${addressKey(email)}:${dayOf(dueAt)}`;
    if (!(await queueEmail(prisma, emailId, email, "digest"))) continue;
    await prisma.alertEvent.updateMany({ where: { id: { in: eventIds }, emailId: null }, data: { emailId } });
    queued.push(emailId);
  }
  return queued;
}
