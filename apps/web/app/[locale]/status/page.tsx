import { connection } from "next/server";
import { getTranslations, setRequestLocale } from "next-intl/server";

// A plain page rendered on every request. It tells a visitor the site is up, and the benchmarks
// use it as the baseline for what any dynamic page costs in this app. The [locale] layout caches
// its pages (revalidate); without force-dynamic, connection() in such a route fails every request.
export const dynamic = "force-dynamic";

export default async function StatusPage({ params }: { params: Promise<{ locale: string }> }) {
  await connection();
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("common.status");
  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-8">
      <h1 className="font-serif text-3xl font-bold">{t("title")}</h1>
      <p className="mt-4">{t("body")}</p>
    </main>
  );
}
