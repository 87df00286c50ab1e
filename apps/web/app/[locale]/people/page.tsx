import { EmptyState } from "@legible/ui/empty-state";
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { BrowsePage } from "@/components/browse/browse-page";
import { OfficialsGroups } from "@/components/browse/officials-groups";
import { PeopleTabs } from "@/components/browse/people-tabs";
import { loadCurrentOfficials } from "@/lib/browse-loaders";
import { pageLocale } from "@/lib/record-page";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "browse.people" });
  return { title: t("title"), description: t("metaDescription") };
}

/** Who holds office today, by body and post; past officials are a tab away. Cached like every page. */
export default async function PeoplePage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("browse.people");
  const view = await loadCurrentOfficials(pageLocale(locale));
  return (
    <BrowsePage title={t("title")} intro={t("intro")}>
      <PeopleTabs current="current" />
      <section aria-labelledby="people-count">
        <h2 id="people-count" className="mt-6 font-serif text-2xl font-bold">
          {t("count", { total: view.total })}
        </h2>
        <div className="mt-4">
          {view.groups.length ? <OfficialsGroups view={view} /> : <EmptyState title={t("empty")} />}
        </div>
      </section>
    </BrowsePage>
  );
}
