"use client";

import { useLocale, useTranslations } from "next-intl";
import { Link, usePathname } from "../i18n/navigation";

/** A link to this same page in the other language; rendered on the server, so it works without JavaScript. */
export function LanguageSwitch() {
  const t = useTranslations("common.languageSwitch");
  const locale = useLocale();
  const pathname = usePathname();
  const other = locale === "es" ? "en" : "es";
  return (
    <Link
      href={pathname}
      locale={other}
      // Not prefetched: English addresses are rewritten to /en/..., and Next 16 sometimes asks
      // for a Spanish page's segment at the English address, which answers 404 in the console
      // (vercel/next.js#97244). A language switch is seldom used; it loads when clicked.
      prefetch={false}
      hrefLang={other}
      lang={other}
      className="rounded-card border border-primary px-3 py-1 font-bold text-primary underline-offset-2 hover:underline"
    >
      <span aria-hidden="true">{t("switchTo")}</span>
      <span className="sr-only">{t("switchToLong")}</span>
    </Link>
  );
}
