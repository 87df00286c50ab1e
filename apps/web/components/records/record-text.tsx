import { useLocale } from "next-intl";
import type { ReactNode } from "react";

/**
 * Text copied from a record (a title, a motion, a quote), which keeps the language it was
 * recorded in: marked with `lang` when that differs from the page's, so screen readers
 * switch voice instead of reading English with Spanish sounds.
 */
export function RecordText({ lang, children }: { lang: string; children: ReactNode }) {
  const locale = useLocale();
  return locale === lang ? children : <span lang={lang}>{children}</span>;
}
