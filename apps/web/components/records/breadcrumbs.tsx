import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Link } from "@/i18n/navigation";

/** The browse lists a record page sits under (Home › Measures › …). */
export type BrowseList = "measures" | "people" | "bodies" | "meetings";

/**
 * Where this page sits: Home › its list, when it is a record's page › … › this page. The last
 * crumb is the page itself, not a link.
 */
export function Breadcrumbs({
  trail,
  current,
  list,
}: {
  trail: { href: string; label: ReactNode }[];
  current: ReactNode;
  list?: BrowseList;
}) {
  const t = useTranslations("records.breadcrumbs");
  const lists = useTranslations("browse.nav");
  const crumbs: { href: string; label: ReactNode }[] = [
    { href: "/", label: t("home") },
    ...(list ? [{ href: `/${list}`, label: lists(list) }] : []),
    ...trail,
  ];
  return (
    <nav aria-label={t("label")} className="text-sm">
      <ol className="flex flex-wrap items-center gap-x-2 gap-y-1">
        {crumbs.map((crumb) => (
          <li key={crumb.href} className="flex items-center gap-2">
            <Link href={crumb.href} className="text-primary underline">
              {crumb.label}
            </Link>
            <span aria-hidden="true" className="text-muted">
              ›
            </span>
          </li>
        ))}
        <li aria-current="page" className="text-muted">
          {current}
        </li>
      </ol>
    </nav>
  );
}
