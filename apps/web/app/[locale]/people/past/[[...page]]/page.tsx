import { EmptyState } from "@legible/ui/empty-state";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { BrowsePage } from "@/components/browse/browse-page";
import { BrowsePager } from "@/components/browse/browse-pager";
import { ListCount } from "@/components/browse/list-count";
import { PastOfficialsList } from "@/components/browse/past-officials-list";
import { PeopleTabs } from "@/components/browse/people-tabs";
import { loadPastOfficials } from "@/lib/browse-loaders";
import { pastOfficialsHref } from "@/lib/browse-paths";
import { pageFromSegments } from "@/lib/list-pages";
import { pageLocale } from "@/lib/record-page";

type Props = { params: Promise<{ locale: string; page?: string[] }> };

// Rendered on first visit, then cached like every page under [locale] (see its layout).
export function generateStaticParams() {
  return [];
}

async function resolve(params: Props["params"]) {
  const { locale, page } = await params;
  const pageNumber = pageFromSegments(page);
  if (pageNumber === null) notFound();
  return { locale, view: await loadPastOfficials(pageLocale(locale), pageNumber) };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, view } = await resolve(params);
  const t = await getTranslations({ locale, namespace: "browse.people" });
  const { page, pageCount } = view.paging;
  return {
    title: page > 1 ? t("pastMetaTitlePage", { page, pageCount }) : t("pastTitle"),
    description: t("pastMetaDescription"),
  };
}

/** People whose every term on record has ended, by name, 50 a page at /people/past, /people/past/2, … */
export default async function PastOfficialsPage({ params }: Props) {
  const { locale, view } = await resolve(params);
  setRequestLocale(locale);
  const t = await getTranslations("browse.people");
  const tb = await getTranslations("browse.nav");
  return (
    <BrowsePage title={t("pastTitle")} intro={t("pastIntro")} trail={[{ href: "/people", label: tb("people") }]}>
      <PeopleTabs current="past" />
      <section aria-labelledby="past-count">
        <ListCount
          id="past-count"
          count={t("pastCount", { total: view.paging.total })}
          position={(range) => t("position", range)}
          paging={view.paging}
        />
        <div className="mt-4">
          {view.people.length ? <PastOfficialsList view={view} /> : <EmptyState title={t("pastEmpty")} />}
        </div>
        <BrowsePager paging={view.paging} hrefFor={pastOfficialsHref} />
      </section>
    </BrowsePage>
  );
}
