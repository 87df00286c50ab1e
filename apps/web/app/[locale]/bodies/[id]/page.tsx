import { RecordFacts } from "@legible/ui/record-facts";
import { RecordSection } from "@legible/ui/record-section";
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { FollowByEmail } from "@/components/alerts/follow-by-email";
import { JsonLd } from "@/components/json-ld";
import { CalendarLinks } from "@/components/meetings/calendar-links";
import { MeetingList } from "@/components/meetings/meeting-list";
import { BodyRules } from "@/components/records/body-rules";
import { Breadcrumbs } from "@/components/records/breadcrumbs";
import { RecordHeading } from "@/components/records/record-heading";
import { RecordText } from "@/components/records/record-text";
import { SeeAllLink } from "@/components/records/see-all-link";
import { SourceRefs } from "@/components/records/source-refs";
import { SourcesList } from "@/components/records/sources-list";
import { StatementList } from "@/components/records/statement-list";
import { VoteSummaryList } from "@/components/records/vote-summary-list";
import { Link } from "@/i18n/navigation";
import { longListPath } from "@/lib/list-pages";
import { bodyJsonLdFor } from "@/lib/record-json-ld";
import { loadBody, loadBodyMeetings } from "@/lib/record-loaders";
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
  const body = await loadBody(recordIdFromParam(id), pageLocale(locale));
  const t = await getTranslations({ locale, namespace: "records.body" });
  return {
    title: body.name,
    description: t("metaDescription", { name: body.name }),
    alternates: { types: await feedLinkTypes(pageLocale(locale), { kind: "body", id: body.id }) },
  };
}

export default async function BodyPage({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const body = await loadBody(recordIdFromParam(id), pageLocale(locale));
  const t = await getTranslations("records");
  const lang = body.recordLanguage;
  const link = "text-primary underline";
  const name = body.name;

  const facts = [
    {
      label: t("body.facts.kind"),
      value: (
        <>
          {t(`bodyKind.${body.classification}`)}
          <SourceRefs numbers={body.sourceNumbers} />
        </>
      ),
    },
    ...(body.parent
      ? [
          {
            label: t("body.facts.parent"),
            value: (
              <Link href={`/bodies/${encodeURIComponent(body.parent.id)}`} className={link}>
                <RecordText lang={lang}>{body.parent.name}</RecordText>
              </Link>
            ),
          },
        ]
      : []),
    ...(body.founded ? [{ label: t("body.facts.founded"), value: body.founded }] : []),
    ...(body.dissolved ? [{ label: t("body.facts.dissolved"), value: body.dissolved }] : []),
  ];

  const jsonLd = await bodyJsonLdFor(body.id, pageLocale(locale));
  const meetings = await loadBodyMeetings(body.id, pageLocale(locale));
  const meetingsPath = (when: "upcoming" | "past") => `/bodies/${encodeURIComponent(body.id)}/meetings/${when}`;
  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-6">
      <JsonLd data={jsonLd} />
      <Breadcrumbs list="bodies" trail={[]} current={<RecordText lang={lang}>{name}</RecordText>} />
      <RecordHeading kind={t("body.kindLabel")}>
        <RecordText lang={lang}>{name}</RecordText>
      </RecordHeading>
      <div className="mt-6">
        <RecordFacts facts={facts} />
      </div>

      <RecordSection id="rules" title={t("body.rulesTitle")}>
        {body.rules ? <BodyRules rules={body.rules} /> : <p>{t("body.rulesEmpty")}</p>}
      </RecordSection>

      <RecordSection id="members" title={t("body.membersTitle")}>
        {body.members.length ? (
          <>
            <p className="text-muted">{t("body.membersAsOf", { date: body.membersDate })}</p>
            <ul className="space-y-2">
              {body.members.map((member) => (
                <li key={member.termId} className="rounded-card border border-line bg-paper p-3">
                  <Link href={`/people/${encodeURIComponent(member.person.id)}`} className={`${link} font-bold`}>
                    <RecordText lang={lang}>{member.person.name}</RecordText>
                  </Link>
                  {member.role || member.post ? (
                    <span>
                      {" · "}
                      <RecordText lang={lang}>
                        {[member.role, member.post]
                          .filter((part, index, all) => part && all.indexOf(part) === index)
                          .join(", ")}
                      </RecordText>
                    </span>
                  ) : null}
                  {member.certain ? null : (
                    <span className="block text-sm text-muted">{t("body.membersUncertain")}</span>
                  )}
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p>{t("body.membersEmpty", { date: body.membersDate })}</p>
        )}
      </RecordSection>

      <RecordSection id="votes" title={t("body.votesTitle")}>
        {body.recentVotes.length ? (
          <>
            {body.moreVotes ? (
              <p className="text-sm text-muted">{t("body.votesShown", { shown: body.recentVotes.length })}</p>
            ) : null}
            <VoteSummaryList votes={body.recentVotes} recordLanguage={lang} showBody={false} />
            {body.moreVotes ? (
              <SeeAllLink href={longListPath({ kind: "body", id: body.id }, "votes")}>{t("body.allVotes")}</SeeAllLink>
            ) : null}
          </>
        ) : (
          <p>{t("body.votesEmpty")}</p>
        )}
      </RecordSection>

      <RecordSection id="upcoming-meetings" title={t("meeting.upcomingTitle")}>
        {meetings.upcoming.length ? (
          <>
            <MeetingList meetings={meetings.upcoming} recordLanguage={lang} showBody={false} />
            {meetings.moreUpcoming ? (
              <SeeAllLink href={meetingsPath("upcoming")}>{t("meeting.allUpcoming")}</SeeAllLink>
            ) : null}
          </>
        ) : (
          <p>{t("meeting.upcomingEmpty")}</p>
        )}
        <CalendarLinks follow={{ scope: { kind: "body", id: body.id }, name }} />
      </RecordSection>

      <RecordSection id="past-meetings" title={t("meeting.pastTitle")}>
        {meetings.past.length ? (
          <>
            <MeetingList meetings={meetings.past} recordLanguage={lang} showBody={false} />
            {meetings.morePast ? <SeeAllLink href={meetingsPath("past")}>{t("meeting.allPast")}</SeeAllLink> : null}
          </>
        ) : (
          <p>{t("meeting.pastEmpty")}</p>
        )}
      </RecordSection>

      {body.statements.length ? (
        <RecordSection id="statements" title={t("body.statementsTitle", { name })}>
          {body.totalStatements > body.statements.length ? (
            <p className="text-sm text-muted">
              {t("body.statementsShown", { shown: body.statements.length, total: body.totalStatements })}
            </p>
          ) : null}
          <StatementList statements={body.statements} recordLanguage={lang} show="measure" />
          {body.totalStatements > body.statements.length ? (
            <SeeAllLink href={longListPath({ kind: "body", id: body.id }, "statements")}>
              {t("body.allStatements", { total: body.totalStatements })}
            </SeeAllLink>
          ) : null}
        </RecordSection>
      ) : null}

      <SourcesList sources={body.sources} recordLanguage={lang} />
      <FollowByEmail scope="body" target={body.id} />
    </main>
  );
}
