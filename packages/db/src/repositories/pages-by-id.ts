import type { RecordKind, Tx } from "./record-kind";

/** Records per page of a whole-table read: few round trips, a few MB at most in hand. */
const READ_PAGE = 500;

/**
 * Every record of a kind, a page at a time in id order: each page is the records after the last
 * id, found through the primary key (an offset would step over every record before it, which is
 * quadratic over a whole table).
 */
export async function* pagesById<T extends { id: string }>(
  prisma: Tx,
  kind: RecordKind<T>,
  pageSize = READ_PAGE,
): AsyncGenerator<T[]> {
  for (let afterId: string | null = null; ; ) {
    const page = await kind.list(prisma, { afterId, take: pageSize });
    if (page.length > 0) yield page;
    if (page.length < pageSize) return;
    afterId = page[page.length - 1]?.id ?? null;
  }
}
