import { Pagination } from "@legible/ui/pagination";
import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import type { ListPaging } from "@/lib/record-views";

/** Moves through a browse list's pages; `hrefFor` keeps the list's filters in each address. */
export function BrowsePager({ paging, hrefFor }: { paging: ListPaging; hrefFor: (page: number) => string }) {
  const t = useTranslations("browse.pager");
  return (
    <Pagination
      page={paging.page}
      pageCount={paging.pageCount}
      words={{
        label: t("label"),
        first: t("first"),
        previous: t("previous"),
        next: t("next"),
        last: t("last"),
        pageOf: (page, pageCount) => t("pageOf", { page, pageCount }),
      }}
      hrefFor={hrefFor}
      linkAs={Link}
    />
  );
}
