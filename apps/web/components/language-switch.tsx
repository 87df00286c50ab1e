import { useLocale, useTranslations } from "next-intl";
import type { AppLocale } from "../i18n/routing";
import { OtherLanguageLink } from "./other-language-link";

/** A link to this same page in the other language. */
export function LanguageSwitch() {
  const t = useTranslations("common.languageSwitch");
  const locale = useLocale() as AppLocale;
  return (
    <OtherLanguageLink
      other={locale === "es" ? "en" : "es"}
      label={t("switchTo")}
      longLabel={t("switchToLong")}
      className="rounded-card border border-primary px-3 py-1 font-bold text-primary underline-offset-2 hover:underline"
    />
  );
}
