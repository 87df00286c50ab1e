import { getTranslations, setRequestLocale } from "next-intl/server";
import { getPublicApi } from "../../lib/trpc-server";

export default async function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("home");
  const api = await getPublicApi();
  const jurisdictions = await api.jurisdictions.list();

  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-8">
      <h1 className="font-serif text-3xl font-bold">{t("placesTitle")}</h1>
      <ul className="mt-6 space-y-4">
        {jurisdictions.map((jurisdiction) => (
          <li key={jurisdiction.id} className="rounded-card border border-line bg-paper p-4">
            <h2 className="text-xl font-bold">{jurisdiction.name}</h2>
          </li>
        ))}
      </ul>
    </main>
  );
}
