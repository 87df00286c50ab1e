import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";

export default function NotFound() {
  const t = useTranslations("common.notFound");
  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-8">
      <h1 className="font-serif text-3xl font-bold">{t("title")}</h1>
      <p className="mt-4">{t("body")}</p>
      <p className="mt-4">
        <Link href="/" className="text-primary underline">
          {t("home")}
        </Link>
      </p>
    </main>
  );
}
