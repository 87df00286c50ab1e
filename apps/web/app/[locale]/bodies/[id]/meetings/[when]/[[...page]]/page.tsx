import { EmptyState } from "@legible/ui/empty-state";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { FollowByEmail } from "@/components/alerts/follow-by-email";
import { MeetingList } from "@/components/meetings/meeting-list";
import { Breadcrumbs } from "@/components/records/breadcrumbs";
import { ListPageNav } from "@/components/records/list-page-nav";
import { RecordHeading } from "@/components/records/record-heading";
import { RecordText } from "@/components/records/record-text";
import { listOwnerPath, pageFromSegments } from "@/lib/list-pages";
import { loadBodyMeetingList } from "@/lib/record-loaders";
import { pageLocale, recordIdFromParam } from "@/lib/record-page";

type Props = { params: Promise<{ locale: string; id: string; when: string; page?: string[] }> };

// A body's upcoming meetings (soonest first) or past ones (latest first), 50 a page, at
// /bodies/ID/meetings/upcoming[/PAGE] and /bodies/ID/meetings/past[/PAGE].

export function generateStaticParams() {
  return [];
}

async function resolve(params: Props["params"]) {
  const { locale, id, when, page } = await params;
  const pageNumber = pageFromSegments(page);
  if (pageNumber === null || (when !== "upcoming" && when !== "past")) notFound();
  const view = await loadBodyMeetingList(recordIdFromParam(id), pageLocale(locale), when, pageNumber);
  return { locale, when, view };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, when, view } = await resolve(params);
  const t = await getTranslations({ locale, namespace: "records" });
  const list = t(when === "upcoming" ? "meeting.listUpcoming" : "meeting.listPast");
  const { page, pageCount } = view.paging;
  const names = { list, name: view.owner.name };
  return {
    title: page > 1 ? t("lists.metaTitlePage", { ...names, page, pageCount }) : t("lists.metaTitle", names),
    description: t(when === "upcoming" ? "meeting.listUpcomingDescription" : "meeting.listPastDescription", {
      name: view.owner.name,
    }),
  };
}

export default async function BodyMeetingsPage({ params }: Props) {
  const { locale, when, view } = await resolve(params);
  setRequestLocale(locale);
  const t = await getTranslations("records");
  const lang = view.recordLanguage;
  const listName = t(when === "upcoming" ? "meeting.listUpcoming" : "meeting.listPast");
  const name = <RecordText lang={lang}>{view.owner.name}</RecordText>;
  const basePath = `${listOwnerPath(view.owner)}/meetings/${when}`;
  const { paging } = view;
  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-6">
      <Breadcrumbs trail={[{ href: listOwnerPath(view.owner), label: name }]} current={listName} />
      <RecordHeading kind={listName}>{name}</RecordHeading>
      {paging.total > 0 ? (
        <p className="mt-4 text-muted">
          {t(when === "upcoming" ? "meeting.positionUpcoming" : "meeting.positionPast", {
            first: paging.first,
            last: paging.last,
            total: paging.total,
          })}
        </p>
      ) : null}
      <div className="mt-6">
        {view.meetings.length ? (
          <MeetingList meetings={view.meetings} recordLanguage={lang} showBody={false} />
        ) : (
          <EmptyState title={t(when === "upcoming" ? "meeting.upcomingEmpty" : "meeting.pastEmpty")} />
        )}
      </div>
      <ListPageNav
        basePath={basePath}
        paging={paging}
        words={{
          first: "meeting.firstPage",
          previous: "meeting.previousPage",
          next: "meeting.nextPage",
          last: "meeting.lastPage",
          pageOf: "meeting.pageOf",
        }}
      />
      <FollowByEmail scope="body-meetings" target={(await params).id} />
    </main>
  );
}
