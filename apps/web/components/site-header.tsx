import { useTranslations } from "next-intl";
import { Link } from "../i18n/navigation";
import { BrowseNavLinks } from "./browse/browse-links";
import { LanguageSwitch } from "./language-switch";

export function SiteHeader() {
  const t = useTranslations("common");
  return (
    <header className="border-b border-line bg-paper print:border-0">
      <div className="mx-auto flex max-w-3xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href="/" className="font-serif text-2xl font-bold text-primary-dark no-underline">
          {t("siteName")}
          <span className="ml-2 font-sans text-base font-normal text-muted">{t("tagline")}</span>
        </Link>
        <nav aria-label={t("mainNav")} className="flex flex-wrap items-center gap-x-4 gap-y-2 print:hidden">
          <BrowseNavLinks />
          <Link href="/search" className="text-primary underline">
            {t("nav.search")}
          </Link>
          <LanguageSwitch />
        </nav>
      </div>
    </header>
  );
}
