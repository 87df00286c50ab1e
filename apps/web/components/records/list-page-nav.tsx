import { useTranslations } from "next-intl";
import { Link } from "../../i18n/navigation";
import { listPageHref } from "../../lib/list-pages";
import type { ListPaging } from "../../lib/record-views";

/**
 * Moves through a long list, newest first: to newer and older pages, and to the newest and
 * oldest when they are more than a step away. The current page is named, not linked.
 */
export function ListPageNav({ basePath, paging }: { basePath: string; paging: ListPaging }) {
  const t = useTranslations("records.lists");
  const { page, pageCount } = paging;
  if (pageCount <= 1) return null;
  const href = (target: number) => listPageHref(basePath, target);
  const step = "inline-block rounded-card border border-line bg-paper px-3 py-2 text-primary underline";
  const links = [
    page > 2 ? { key: "newest", href: href(1), label: t("newest"), rel: undefined } : null,
    page > 1 ? { key: "newer", href: href(page - 1), label: t("newer"), rel: "prev" } : null,
    page < pageCount ? { key: "older", href: href(page + 1), label: t("older"), rel: "next" } : null,
    page < pageCount - 1 ? { key: "oldest", href: href(pageCount), label: t("oldest"), rel: undefined } : null,
  ];
  return (
    <nav aria-label={t("navLabel")} className="mt-6">
      <ul className="flex flex-wrap items-center gap-2">
        {links.slice(0, 2).map((link) =>
          link ? (
            <li key={link.key}>
              <Link href={link.href} rel={link.rel} className={step}>
                {link.label}
              </Link>
            </li>
          ) : null,
        )}
        <li aria-current="page" className="px-2 font-bold">
          {t("pageOf", { page, pageCount })}
        </li>
        {links.slice(2).map((link) =>
          link ? (
            <li key={link.key}>
              <Link href={link.href} rel={link.rel} className={step}>
                {link.label}
              </Link>
            </li>
          ) : null,
        )}
      </ul>
    </nav>
  );
}
