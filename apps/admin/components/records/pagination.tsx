import { type PaginationWords, Pagination as SharedPagination } from "@legible/ui/pagination";

/** The staff app's words for moving through a list's pages. */
export const PAGE_WORDS: PaginationWords = {
  label: "Pages",
  first: "First page",
  previous: "Previous page",
  next: "Next page",
  last: "Last page",
  pageOf: (page, pageCount) => `Page ${page} of ${pageCount}`,
};

/** The shared pager, in the staff app's words, for lists that count records and keep the page in state. */
export function Pagination({
  page,
  pageSize,
  total,
  onPage,
}: {
  page: number;
  pageSize: number;
  total: number;
  onPage: (page: number) => void;
}) {
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  return <SharedPagination page={page} pageCount={pageCount} words={PAGE_WORDS} onPage={onPage} />;
}
