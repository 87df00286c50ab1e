import { MeetingBrowseFiltersSchema } from "@legible/core";
import { EmptyState } from "@legible/ui/empty-state";
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { BrowsePage } from "@/components/browse/browse-page";
import { BrowsePager } from "@/components/browse/browse-pager";
import { IgnoredValues } from "@/components/browse/ignored-values";
import { ListCount } from "@/components/browse/list-count";
import { MeetingFilters } from "@/components/browse/meeting-filters";
import { MeetingList } from "@/components/meetings/meeting-list";
import { Link } from "@/i18n/navigation";
import { loadMeetingList } from "@/lib/browse-loaders";
import { meetingsHref } from "@/lib/browse-paths";
import { type FilteredListProps, readFilteredList } from "@/lib/filtered-list-request";

// The filters live in the query string, so Next renders this page on each visit (the layout's
// pages are otherwise static until revalidated, and reading the query there is refused); its
// data is cached per filtered page (lib/browse-loaders.ts).
export const dynamic = "force-dynamic";

type Props = FilteredListProps;

const resolve = (props: Props) =>
  readFilteredList(props, { schema: MeetingBrowseFiltersSchema, href: meetingsHref, load: loadMeetingList });

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { locale, view, read } = await resolve(props);
  const t = await getTranslations({ locale, namespace: "browse.meetings" });
  const { page, pageCount } = view.paging;
  return {
    title: page > 1 ? t("metaTitlePage", { page, pageCount }) : t("title"),
    description: t("metaDescription"),
    ...(read.filters.body || read.ignored.length ? { robots: { index: false, follow: true } } : {}),
  };
}

export default async function MeetingsPage(props: Props) {
  const { locale, read, view } = await resolve(props);
  setRequestLocale(locale);
  const t = await getTranslations("browse.meetings");
  const narrowed = view.filters.body !== undefined;
  return (
    <BrowsePage title={t("title")} intro={t("intro")}>
      <IgnoredValues names={read.ignored} />
      <div className="mt-6">
        <MeetingFilters view={view} />
      </div>
      <section aria-labelledby="meetings-count">
        <ListCount
          id="meetings-count"
          count={t("count", { total: view.paging.total })}
          position={(range) => t("position", range)}
          paging={view.paging}
        />
        <div className="mt-4">
          {view.meetings.length ? (
            <MeetingList meetings={view.meetings} recordLanguage={view.recordLanguage} />
          ) : (
            <EmptyState
              title={view.filters.when === "upcoming" ? t("emptyUpcoming") : t("emptyPast")}
              action={
                narrowed ? (
                  <Link href="/meetings" className="text-primary underline">
                    {t("clear")}
                  </Link>
                ) : undefined
              }
            />
          )}
        </div>
        <BrowsePager paging={view.paging} hrefFor={(page) => meetingsHref(view.filters, page)} />
      </section>
    </BrowsePage>
  );
}
