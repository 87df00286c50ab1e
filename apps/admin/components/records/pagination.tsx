"use client";

import { type PaginationWords, Pagination as SharedPagination } from "@legible/ui/pagination";
import { useUrlState } from "./use-url-state";

/** The staff app's words for moving through a list's pages. */
export const PAGE_WORDS: PaginationWords = {
  label: "Pages",
  first: "First page",
  previous: "Previous page",
  next: "Next page",
  last: "Last page",
  pageOf: (page, pageCount) => `Page ${page} of ${pageCount}`,
};

/**
 * The shared pager, in the staff app's words, for a list whose page is kept in the address
 * (`param`, `page` by default), so the back button and a reload keep it. Other options in the
 * address stay as they are.
 */
export function Pagination({
  page,
  pageSize,
  total,
  param = "page",
}: {
  page: number;
  pageSize: number;
  total: number;
  param?: string;
}) {
  const url = useUrlState();
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  return (
    <SharedPagination
      page={page}
      pageCount={pageCount}
      words={PAGE_WORDS}
      onPage={(next) => url.set({ [param]: String(next) }, { keepPage: true })}
    />
  );
}
