import { EmptyState } from "@legible/ui/empty-state";
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { BodyList } from "@/components/browse/body-list";
import { BrowsePage } from "@/components/browse/browse-page";
import { loadBodyList } from "@/lib/browse-loaders";
import { pageLocale } from "@/lib/record-page";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "browse.bodies" });
  return { title: t("title"), description: t("metaDescription") };
}

/** Every body with how many hold a seat in it today and its next meeting. Cached like every page. */
export default async function BodiesPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("browse.bodies");
  const view = await loadBodyList(pageLocale(locale));
  return (
    <BrowsePage title={t("title")} intro={t("intro")}>
      <section aria-labelledby="bodies-count">
        <h2 id="bodies-count" className="mt-6 font-serif text-2xl font-bold">
          {t("count", { total: view.bodies.length })}
        </h2>
        <div className="mt-4">{view.bodies.length ? <BodyList view={view} /> : <EmptyState title={t("empty")} />}</div>
      </section>
    </BrowsePage>
  );
}
