import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { listPageHref } from "@/lib/list-pages";
import type { ListPaging } from "@/lib/record-views";

/**
 * Moves through a long list, newest first: to newer and older pages, and to the newest and
 * oldest when they are more than a step away. The current page is named, not linked.
 */
export function ListPageNav({ basePath, paging }: { basePath: string; paging: ListPaging }) {
  const t = useTranslations("records.lists");
  const { page, pageCount } = paging;
  if (pageCount <= 1) return null;
  const stepClass = "inline-block rounded-card border border-line bg-paper px-3 py-2 text-primary underline";
  const step = (key: string, target: number, label: string, rel?: "prev" | "next") => (
    <li key={key}>
      <Link href={listPageHref(basePath, target)} rel={rel} className={stepClass}>
        {label}
      </Link>
    </li>
  );
  return (
    <nav aria-label={t("navLabel")} className="mt-6">
      <ul className="flex flex-wrap items-center gap-2">
        {page > 2 ? step("newest", 1, t("newest")) : null}
        {page > 1 ? step("newer", page - 1, t("newer"), "prev") : null}
        <li aria-current="page" className="px-2 font-bold">
          {t("pageOf", { page, pageCount })}
        </li>
        {page < pageCount ? step("older", page + 1, t("older"), "next") : null}
        {page < pageCount - 1 ? step("oldest", pageCount, t("oldest")) : null}
      </ul>
    </nav>
  );
}
