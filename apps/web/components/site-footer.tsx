import { useTranslations } from "next-intl";
import { Link } from "../i18n/navigation";

export function SiteFooter() {
  const t = useTranslations("common.footer");
  return (
    <footer className="mt-12 border-t border-line bg-paper print:hidden">
      <div className="mx-auto max-w-3xl px-4 py-6 text-sm text-muted">
        <p>{t("about")}</p>
        <p className="mt-2">
          <Link href="/open-data" className="text-primary underline">
            {t("data")}
          </Link>
        </p>
      </div>
    </footer>
  );
}
