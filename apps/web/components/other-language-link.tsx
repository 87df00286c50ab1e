"use client";

import { usePathname } from "next/navigation";
import { localePath, withoutLocale } from "../i18n/locale-path";
import type { AppLocale } from "../i18n/routing";

/**
 * The only script a reading page carries of its own: the address of this page comes from Next's
 * router, which every page already loads, so the layout stays cacheable for all pages. Rendered on
 * the server too, so the link works without JavaScript.
 */
export function OtherLanguageLink({
  other,
  label,
  longLabel,
  className,
}: {
  other: AppLocale;
  label: string;
  longLabel: string;
  className: string;
}) {
  const pathname = usePathname();
  return (
    <a href={localePath(withoutLocale(pathname), other)} hrefLang={other} lang={other} className={className}>
      <span aria-hidden="true">{label}</span>
      <span className="sr-only">{longLabel}</span>
    </a>
  );
}
