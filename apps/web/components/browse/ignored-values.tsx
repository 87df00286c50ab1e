import { Notice } from "@legible/ui/notice";
import { useTranslations } from "next-intl";

type FilterName = "stage" | "kind" | "body" | "subject" | "year" | "sort" | "page" | "when";

/** Says which values in the address made no sense and were left out, so the list is not a surprise. */
export function IgnoredValues({ names }: { names: readonly string[] }) {
  const t = useTranslations("browse");
  if (!names.length) return null;
  const words = names.map((name) => t(`filterNames.${name as FilterName}`)).join(", ");
  return (
    <Notice tone="warning" title={t("ignored.title")} live={false} className="mt-4">
      {t("ignored.body", { names: words })}
    </Notice>
  );
}
