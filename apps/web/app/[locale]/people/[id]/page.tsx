import { Badge } from "@legible/ui/badge";
import { RecordSection } from "@legible/ui/record-section";
import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { FollowByEmail } from "@/components/alerts/follow-by-email";
import { InferredDetails, InferredMark } from "@/components/inferred";
import { JsonLd } from "@/components/json-ld";
import { Breadcrumbs } from "@/components/records/breadcrumbs";
import { CastVoteList } from "@/components/records/cast-vote-list";
import { RecordHeading } from "@/components/records/record-heading";
import { RecordText } from "@/components/records/record-text";
import { SeeAllLink } from "@/components/records/see-all-link";
import { SourceRefs } from "@/components/records/source-refs";
import { SourcesList } from "@/components/records/sources-list";
import { StatementList } from "@/components/records/statement-list";
import { Link } from "@/i18n/navigation";
import { longListPath } from "@/lib/list-pages";
import { personJsonLdFor } from "@/lib/record-json-ld";
import { loadPerson } from "@/lib/record-loaders";
import { pageLocale, recordIdFromParam } from "@/lib/record-page";
import { feedLinkTypes } from "@/lib/social-metadata";

type Props = { params: Promise<{ locale: string; id: string }> };

// Rendered on first visit, then cached like every page under [locale] (see its layout): no id is
// built ahead, and any id may be asked for.
export function generateStaticParams() {
  return [];
}

const statusTone = { current: "positive", former: "neutral", upcoming: "info", unknown: "neutral" } as const;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, id } = await params;
  const person = await loadPerson(recordIdFromParam(id), pageLocale(locale));
  const t = await getTranslations({ locale, namespace: "records.person" });
  return {
    title: person.name,
    description: t("metaDescription", { name: person.name }),
    alternates: { types: await feedLinkTypes(pageLocale(locale), { kind: "person", id: person.id }) },
  };
}

export default async function PersonPage({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const person = await loadPerson(recordIdFromParam(id), pageLocale(locale));
  const t = await getTranslations("records");
  const format = await getFormatter();
  const lang = person.recordLanguage;
  const link = "text-primary underline";
  const name = person.name;

  const jsonLd = await personJsonLdFor(person.id, pageLocale(locale));
  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-6">
      <JsonLd data={jsonLd} />
      <Breadcrumbs list="people" trail={[]} current={<RecordText lang={lang}>{name}</RecordText>} />
      <RecordHeading kind={t("person.kindLabel")}>
        <RecordText lang={lang}>{name}</RecordText>
      </RecordHeading>

      <RecordSection id="roles" title={t("person.rolesTitle")}>
        {person.roles.length ? (
          <ul className="space-y-3">
            {person.roles.map((role) => (
              <li key={role.id} className="rounded-card border border-line bg-paper p-4">
                <p className="flex flex-wrap items-center gap-2">
                  <Badge tone={statusTone[role.status]}>{t(`person.status.${role.status}`)}</Badge>
                  <span className="font-bold">
                    <RecordText lang={lang}>{role.role ?? role.post?.label ?? t("notOnRecord")}</RecordText>
                  </span>
                </p>
                {role.body ? (
                  <p className="mt-1">
                    <Link href={`/bodies/${encodeURIComponent(role.body.id)}`} className={link}>
                      <RecordText lang={lang}>{role.body.name}</RecordText>
                    </Link>
                    {role.post && role.post.label !== role.role ? (
                      <>
                        {" · "}
                        <RecordText lang={lang}>{role.post.label}</RecordText>
                      </>
                    ) : null}
                  </p>
                ) : null}
                <p className="mt-1 text-sm text-muted">
                  {role.start ? t("person.from", { start: role.start }) : t("person.startUnknown")}
                  <InferredMark inferred={role.startInferred} />
                  {/* A running term has no end yet; any other needs one, or says it is not on record. */}
                  {role.end
                    ? `, ${t("person.to", { end: role.end })}`
                    : role.status === "current" || role.status === "upcoming"
                      ? null
                      : `, ${t("person.endUnknown")}`}
                  <InferredMark inferred={role.endInferred} />
                  <SourceRefs numbers={role.sourceNumbers} />
                </p>
                <InferredDetails inferred={role.startInferred} subject={role.start ?? undefined} className="mt-1" />
                <InferredDetails inferred={role.endInferred} subject={role.end ?? undefined} className="mt-1" />
              </li>
            ))}
          </ul>
        ) : (
          <p>{t("person.rolesEmpty")}</p>
        )}
      </RecordSection>

      <RecordSection id="votes" title={t("person.votesTitle")}>
        {person.votes.length ? (
          <>
            <p className="text-lg">
              {person.majority.share === null
                ? t("person.majorityEmpty", { name })
                : t("person.majorityShare", {
                    name,
                    withMajority: format.number(person.majority.withMajority),
                    counted: person.majority.counted,
                    share: format.number(person.majority.share, { style: "percent", maximumFractionDigits: 0 }),
                  })}
            </p>
            {person.totalVotes > person.votes.length ? (
              <p className="text-sm text-muted">
                {t("person.votesShown", { shown: person.votes.length, total: person.totalVotes })}
              </p>
            ) : null}
            <CastVoteList votes={person.votes} recordLanguage={lang} />
            {person.totalVotes > person.votes.length ? (
              <SeeAllLink href={longListPath({ kind: "person", id: person.id }, "votes")}>
                {t("person.allVotes", { total: person.totalVotes })}
              </SeeAllLink>
            ) : null}
          </>
        ) : (
          <p>{t("person.votesEmpty", { name })}</p>
        )}
      </RecordSection>

      <RecordSection id="statements" title={t("person.statementsTitle", { name })}>
        {person.totalStatements > person.statements.length ? (
          <p className="text-sm text-muted">
            {t("person.statementsShown", { shown: person.statements.length, total: person.totalStatements })}
          </p>
        ) : null}
        <StatementList statements={person.statements} recordLanguage={lang} show="measure" />
        {person.totalStatements > person.statements.length ? (
          <SeeAllLink href={longListPath({ kind: "person", id: person.id }, "statements")}>
            {t("person.allStatements", { total: person.totalStatements })}
          </SeeAllLink>
        ) : null}
      </RecordSection>

      <SourcesList sources={person.sources} recordLanguage={lang} />
      <FollowByEmail scope="person" target={person.id} />
    </main>
  );
}
