import { z } from "zod";

/**
 * The furthest page a list can be asked for. Far past any real record (10,000 pages of a
 * 50-item list is half a million votes), it keeps a typed-in address from asking the database
 * to skip billions of rows.
 */
export const MAX_PAGE_NUMBER = 10_000;

/** A page number from outside (an address, an API call): a whole number from 1. */
export const PageNumberSchema = z
  .int({ error: "must be a whole number, like 2" })
  .min(1, { error: "must be 1 or more" })
  .max(MAX_PAGE_NUMBER, { error: `must be at most ${MAX_PAGE_NUMBER}` });

/** Which rows one page of a list holds: skip `offset`, then take `limit`. */
export interface PageSlice {
  offset: number;
  limit: number;
}

/** Where one page sits in a list of `total` items. */
export interface PageWindow {
  /** 1-based. */
  page: number;
  pageSize: number;
  /** At least 1: an empty list still has its first page, which says it is empty. */
  pageCount: number;
  total: number;
  /** 1-based positions of the first and last item on this page; 0 and 0 on an empty list. */
  first: number;
  last: number;
}

function assertPageSize(pageSize: number): void {
  if (!Number.isInteger(pageSize) || pageSize < 1)
    throw new RangeError(`page size must be a whole number from 1, not ${pageSize}`);
}

/** The rows page `page` (1-based) of `pageSize` items covers. */
export function pageSlice(page: number, pageSize: number): PageSlice {
  assertPageSize(pageSize);
  if (!Number.isInteger(page) || page < 1) throw new RangeError(`page must be a whole number from 1, not ${page}`);
  return { offset: (page - 1) * pageSize, limit: pageSize };
}

/** How many pages a list of `total` items fills: at least 1, so an empty list has a page to say so. */
export function pageCount(total: number, pageSize: number): number {
  assertPageSize(pageSize);
  if (!Number.isInteger(total) || total < 0) throw new RangeError(`total must be a whole number from 0, not ${total}`);
  return Math.max(1, Math.ceil(total / pageSize));
}

/**
 * Page `page` of a list of `total` items, or null when the list ends before it. Page 1 always
 * exists, so an empty list has a page to say so.
 */
export function pageWindow(page: number, pageSize: number, total: number): PageWindow | null {
  const { offset } = pageSlice(page, pageSize);
  const pages = pageCount(total, pageSize);
  if (page > pages) return null;
  return {
    page,
    pageSize,
    pageCount: pages,
    total,
    first: total === 0 ? 0 : offset + 1,
    last: Math.min(offset + pageSize, total),
  };
}
