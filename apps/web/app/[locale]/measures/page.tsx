import { MeasureBrowseFiltersSchema } from "@legible/core";
import { EmptyState } from "@legible/ui/empty-state";
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { BrowsePage } from "@/components/browse/browse-page";
import { BrowsePager } from "@/components/browse/browse-pager";
import { IgnoredValues } from "@/components/browse/ignored-values";
import { ListCount } from "@/components/browse/list-count";
import { MeasureFilters } from "@/components/browse/measure-filters";
import { MeasureList } from "@/components/browse/measure-list";
import { Link } from "@/i18n/navigation";
import { loadMeasureList } from "@/lib/browse-loaders";
import { measuresHref, narrowsMeasures } from "@/lib/browse-paths";
import { type FilteredListProps, readFilteredList } from "@/lib/filtered-list-request";

// The filters live in the query string, so Next renders this page on each visit (the layout's
// pages are otherwise static until revalidated, and reading the query there is refused); its
// data is cached per filtered page (lib/browse-loaders.ts).
export const dynamic = "force-dynamic";

type Props = FilteredListProps;

const resolve = (props: Props) =>
  readFilteredList(props, { schema: MeasureBrowseFiltersSchema, href: measuresHref, load: loadMeasureList });

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { locale, view, read } = await resolve(props);
  const t = await getTranslations({ locale, namespace: "browse.measures" });
  const { page, pageCount } = view.paging;
  return {
    title: page > 1 ? t("metaTitlePage", { page, pageCount }) : t("title"),
    description: t("metaDescription"),
    // Filtered pages are endless combinations of the same measures: the plain list is enough to index.
    ...(narrowsMeasures(read.filters) || read.ignored.length ? { robots: { index: false, follow: true } } : {}),
  };
}

export default async function MeasuresPage(props: Props) {
  const { locale, read, view } = await resolve(props);
  setRequestLocale(locale);
  const t = await getTranslations("browse.measures");
  const narrowed = narrowsMeasures(view.filters);
  return (
    <BrowsePage title={t("title")} intro={t("intro")}>
      <IgnoredValues names={read.ignored} />
      <div className="mt-6">
        <MeasureFilters view={view} />
      </div>
      <section aria-labelledby="measures-count">
        <ListCount
          id="measures-count"
          count={
            view.countCapped ? t("countCapped", { total: view.paging.total }) : t("count", { total: view.paging.total })
          }
          position={(range) => t("position", range)}
          paging={view.paging}
        />
        {view.countCapped ? <p className="mt-2">{t("cappedNote", { cap: view.paging.total })}</p> : null}
        <div className="mt-4">
          {view.measures.length ? (
            <MeasureList measures={view.measures} recordLanguage={view.recordLanguage} />
          ) : (
            <EmptyState
              title={narrowed ? t("empty") : t("emptyNone")}
              action={
                narrowed ? (
                  <Link href="/measures" className="text-primary underline">
                    {t("clear")}
                  </Link>
                ) : undefined
              }
            />
          )}
        </div>
        <BrowsePager paging={view.paging} hrefFor={(page) => measuresHref(view.filters, page)} />
      </section>
    </BrowsePage>
  );
}
