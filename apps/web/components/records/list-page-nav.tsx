import { Pagination } from "@legible/ui/pagination";
import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { listPageHref } from "@/lib/list-pages";
import type { ListPaging } from "@/lib/record-views";

/**
 * Moves through a long list, newest first: the shared pager, its steps named newer and older,
 * each a link in the page's language.
 */
export function ListPageNav({ basePath, paging }: { basePath: string; paging: ListPaging }) {
  const t = useTranslations("records.lists");
  return (
    <Pagination
      page={paging.page}
      pageCount={paging.pageCount}
      words={{
        label: t("navLabel"),
        first: t("newest"),
        previous: t("newer"),
        next: t("older"),
        last: t("oldest"),
        pageOf: (page, pageCount) => t("pageOf", { page, pageCount }),
      }}
      hrefFor={(page) => listPageHref(basePath, page)}
      linkAs={Link}
    />
  );
}
