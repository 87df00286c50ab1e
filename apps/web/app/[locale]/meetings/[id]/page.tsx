import { Notice } from "@legible/ui/notice";
import { RecordFacts } from "@legible/ui/record-facts";
import { RecordSection } from "@legible/ui/record-section";
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { FollowByEmail } from "@/components/alerts/follow-by-email";
import { HaveYourSay } from "@/components/have-your-say/have-your-say";
import { CalendarLinks } from "@/components/meetings/calendar-links";
import { MeetingStatus } from "@/components/meetings/meeting-status";
import { Breadcrumbs } from "@/components/records/breadcrumbs";
import { RecordHeading } from "@/components/records/record-heading";
import { RecordText } from "@/components/records/record-text";
import { SourceRefs } from "@/components/records/source-refs";
import { SourcesList } from "@/components/records/sources-list";
import { Link } from "@/i18n/navigation";
import { loadHaveYourSay } from "@/lib/have-your-say";
import { loadMeeting } from "@/lib/record-loaders";
import { pageLocale, recordIdFromParam } from "@/lib/record-page";
import { feedLinkTypes } from "@/lib/social-metadata";

type Props = { params: Promise<{ locale: string; id: string }> };

// Rendered on first visit, then cached like every page under [locale] (see its layout): no id is
// built ahead, and any id may be asked for.
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, id } = await params;
  const meeting = await loadMeeting(recordIdFromParam(id), pageLocale(locale));
  const t = await getTranslations({ locale, namespace: "records.meeting" });
  return {
    title: t("metaTitle", { name: meeting.name, date: meeting.start.date }),
    description: t("metaDescription", {
      name: meeting.name,
      body: meeting.body?.name ?? "",
      date: meeting.start.date,
    }),
    alternates: { types: await feedLinkTypes(pageLocale(locale)) },
  };
}

export default async function MeetingPage({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const meeting = await loadMeeting(recordIdFromParam(id), pageLocale(locale));
  const t = await getTranslations("records");
  const lang = meeting.recordLanguage;
  const link = "text-primary underline";
  const bodyHref = meeting.body ? `/bodies/${encodeURIComponent(meeting.body.id)}` : null;
  const when = (time: typeof meeting.start) => (
    <>
      <time dateTime={time.iso}>{t("meeting.at", { date: time.date, time: time.time })}</time>
      <span className="block text-sm text-muted">
        {t("meeting.zone", { zone: time.zoneName, timeZone: time.timeZone })}
      </span>
    </>
  );
  const notice =
    meeting.status === "cancelled" || meeting.status === "postponed"
      ? t(`meeting.statusNotice.${meeting.status}`)
      : null;

  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-6">
      <Breadcrumbs
        list="meetings"
        trail={
          meeting.body && bodyHref
            ? [{ href: bodyHref, label: <RecordText lang={lang}>{meeting.body.name}</RecordText> }]
            : []
        }
        current={<RecordText lang={lang}>{meeting.name}</RecordText>}
      />
      <RecordHeading kind={`${t("meeting.kindLabel")} · ${meeting.start.date}`}>
        <RecordText lang={lang}>{meeting.name}</RecordText>
      </RecordHeading>

      {notice ? (
        <div className="mt-4">
          <Notice tone="error" title={t(`meeting.status.${meeting.status}`)}>
            <p>{notice}</p>
          </Notice>
        </div>
      ) : null}

      <div className="mt-6">
        <RecordFacts
          facts={[
            ...(meeting.body && bodyHref
              ? [
                  {
                    label: t("meeting.facts.body"),
                    value: (
                      <Link href={bodyHref} className={link}>
                        <RecordText lang={lang}>{meeting.body.name}</RecordText>
                      </Link>
                    ),
                  },
                ]
              : []),
            {
              label: t("meeting.facts.status"),
              value: (
                <>
                  <MeetingStatus status={meeting.status} />
                  <SourceRefs numbers={meeting.sourceNumbers} />
                </>
              ),
            },
            { label: t("meeting.facts.when"), value: when(meeting.start) },
            ...(meeting.end ? [{ label: t("meeting.facts.ends"), value: when(meeting.end) }] : []),
            {
              label: t("meeting.facts.where"),
              value: meeting.location ? (
                <>
                  <RecordText lang={lang}>{meeting.location.name}</RecordText>
                  {meeting.location.address ? (
                    <span className="block">
                      <RecordText lang={lang}>{meeting.location.address}</RecordText>
                    </span>
                  ) : null}
                  {meeting.location.url ? (
                    <a href={meeting.location.url} className={`${link} block`} rel="nofollow noopener">
                      {t("meeting.placeLink")}
                    </a>
                  ) : null}
                </>
              ) : (
                t("meeting.placeUnknown")
              ),
            },
          ]}
        />
        <CalendarLinks
          add={{ kind: "meeting", id: meeting.id }}
          follow={meeting.body ? { scope: { kind: "body", id: meeting.body.id }, name: meeting.body.name } : undefined}
        />
      </div>

      {meeting.body ? (
        <HaveYourSay view={await loadHaveYourSay(meeting.body.id, pageLocale(locale), meeting.id)} />
      ) : null}

      {meeting.description ? (
        <RecordSection id="about" title={t("meeting.descriptionTitle")}>
          <p className="whitespace-pre-line">
            <RecordText lang={lang}>{meeting.description}</RecordText>
          </p>
        </RecordSection>
      ) : null}

      <RecordSection id="agenda" title={t("meeting.agendaTitle")}>
        {meeting.agenda.length ? (
          <ol className="space-y-4">
            {meeting.agenda.map((item, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: agenda order is the record's; items have no id.
              <li key={index} className="rounded-card border border-line bg-paper p-3">
                <p className="text-sm font-bold text-muted">
                  {t("meeting.item", { number: item.number ?? index + 1 })}
                </p>
                <p className="whitespace-pre-line">
                  <RecordText lang={lang}>{item.text}</RecordText>
                </p>
                {item.measures.length ? (
                  <p className="mt-2">
                    <span className="font-bold">{t("meeting.itemMeasures")}: </span>
                    {item.measures.map((measure, i) => (
                      <span key={measure.id}>
                        {i > 0 ? ", " : null}
                        <Link href={`/measures/${encodeURIComponent(measure.id)}`} className={link}>
                          <RecordText lang={lang}>
                            {measure.identifier ? `${measure.identifier}: ${measure.title}` : measure.title}
                          </RecordText>
                        </Link>
                      </span>
                    ))}
                  </p>
                ) : null}
                {item.actions.length ? (
                  <div className="mt-2">
                    <p className="font-bold">{t("meeting.itemActions")}</p>
                    <ul className="list-disc pl-6">
                      {item.actions.map((action) => (
                        <li key={action.id}>
                          {action.date}: <RecordText lang={lang}>{action.description}</RecordText>
                        </li>
                      ))}
                    </ul>
                  </div>
                ) : null}
                {item.votes.length ? (
                  <div className="mt-2">
                    <p className="font-bold">{t("meeting.itemVotes")}</p>
                    <ul className="list-disc pl-6">
                      {item.votes.map((vote) => (
                        <li key={vote.id}>
                          <Link href={`/votes/${encodeURIComponent(vote.id)}`} className={link}>
                            {t("meeting.voteResult", {
                              motion: vote.motionText,
                              result: t(`result.${vote.result ?? "unknown"}`),
                            })}
                          </Link>
                          , {vote.date}
                        </li>
                      ))}
                    </ul>
                  </div>
                ) : null}
                {item.notes.length ? (
                  <div className="mt-2">
                    <p className="font-bold">{t("meeting.itemNotes")}</p>
                    <ul className="list-disc pl-6">
                      {item.notes.map((note) => (
                        <li key={note}>
                          <RecordText lang={lang}>{note}</RecordText>
                        </li>
                      ))}
                    </ul>
                  </div>
                ) : null}
              </li>
            ))}
          </ol>
        ) : (
          <p>{t("meeting.agendaEmpty")}</p>
        )}
      </RecordSection>

      <RecordSection id="documents" title={t("meeting.documentsTitle")}>
        {meeting.documents.length ? (
          <ul className="list-disc space-y-1 pl-6">
            {meeting.documents.map((document) => (
              <li key={`${document.url} ${document.title}`}>
                {t(`meeting.documentKind.${document.kind}`)}:{" "}
                <a href={document.url} className={link} rel="nofollow noopener">
                  <RecordText lang={lang}>{document.title}</RecordText>
                </a>
              </li>
            ))}
          </ul>
        ) : (
          <p>{t("meeting.linksEmpty")}</p>
        )}
      </RecordSection>

      {meeting.media.length ? (
        <RecordSection id="media" title={t("meeting.mediaTitle")}>
          <ul className="list-disc space-y-1 pl-6">
            {meeting.media.map((item) => (
              <li key={`${item.url} ${item.title}`}>
                {t(`meeting.mediaKind.${item.kind}`)}:{" "}
                <a href={item.url} className={link} rel="nofollow noopener">
                  <RecordText lang={lang}>{item.title}</RecordText>
                </a>
              </li>
            ))}
          </ul>
        </RecordSection>
      ) : null}

      <SourcesList sources={meeting.sources} recordLanguage={lang} />
      {meeting.body ? <FollowByEmail scope="body-meetings" target={meeting.body.id} /> : null}
    </main>
  );
}
