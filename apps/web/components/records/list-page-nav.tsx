import { Pagination } from "@legible/ui/pagination";
import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { listPageHref } from "@/lib/list-pages";
import type { ListPaging } from "@/lib/record-views";

/** Which of `records`' messages name a pager's steps. */
export interface PagerWordKeys {
  first: string;
  previous: string;
  next: string;
  last: string;
  pageOf: string;
}

/** A long list newest first: its steps are newer and older. */
const NEWEST_FIRST: PagerWordKeys = {
  first: "lists.newest",
  previous: "lists.newer",
  next: "lists.older",
  last: "lists.oldest",
  pageOf: "lists.pageOf",
};

/**
 * Moves through a long list: the shared pager, each step a link in the page's language, named
 * by `words` (by default a list newest first: newer and older).
 */
export function ListPageNav({
  basePath,
  paging,
  words = NEWEST_FIRST,
}: {
  basePath: string;
  paging: ListPaging;
  words?: PagerWordKeys;
}) {
  // Keys chosen by the caller from this namespace's messages.
  const t = useTranslations("records") as unknown as (key: string, values?: Record<string, number>) => string;
  return (
    <Pagination
      page={paging.page}
      pageCount={paging.pageCount}
      words={{
        label: t("lists.navLabel"),
        first: t(words.first),
        previous: t(words.previous),
        next: t(words.next),
        last: t(words.last),
        pageOf: (page, pageCount) => t(words.pageOf, { page, pageCount }),
      }}
      hrefFor={(page) => listPageHref(basePath, page)}
      linkAs={Link}
    />
  );
}
