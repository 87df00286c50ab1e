import type { VoteOption } from "@legible/core";
import { EmptyState } from "@legible/ui/empty-state";
import { voteOptionWords } from "@legible/ui/explainer";
import { Notice } from "@legible/ui/notice";
import { RecordFacts } from "@legible/ui/record-facts";
import { RecordSection } from "@legible/ui/record-section";
import { Table } from "@legible/ui/table";
import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { EmbedSnippet } from "@/components/embed-snippet";
import { InferredDetails, InferredMark, InferredValue } from "@/components/inferred";
import { Breadcrumbs } from "@/components/records/breadcrumbs";
import { RecordHeading } from "@/components/records/record-heading";
import { RecordText } from "@/components/records/record-text";
import { SourceRefs } from "@/components/records/source-refs";
import { SourcesList } from "@/components/records/sources-list";
import { VoteMath } from "@/components/records/vote-math";
import { VoteTally } from "@/components/records/vote-tally";
import { Link } from "@/i18n/navigation";
import { voteEmbedSnippet } from "@/lib/embed-snippet";
import { loadVote } from "@/lib/record-loaders";
import { pageLocale, recordIdFromParam } from "@/lib/record-page";
import { feedLinkTypes, voteOembedLinkTypes } from "@/lib/social-metadata";

type Props = { params: Promise<{ locale: string; id: string }> };

// Rendered on first visit, then cached like every page under [locale] (see its layout): no id is
// built ahead, and any id may be asked for.
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, id } = await params;
  const vote = await loadVote(recordIdFromParam(id), pageLocale(locale));
  const t = await getTranslations({ locale, namespace: "records" });
  const result = t(`result.${vote.result ?? "unknown"}`);
  return {
    title: t("vote.metaTitle", { date: vote.date, motion: vote.motionText }),
    description: t("vote.metaDescription", { body: vote.body.name, date: vote.date, result }),
    alternates: {
      types: {
        ...(await feedLinkTypes(pageLocale(locale))),
        ...voteOembedLinkTypes(pageLocale(locale), vote.id, vote.motionText),
      },
    },
  };
}

export default async function VotePage({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const vote = await loadVote(recordIdFromParam(id), pageLocale(locale));
  const t = await getTranslations("records");
  const voteWords = await getTranslations("votes");
  const countLabel = (option: VoteOption) => voteOptionWords(voteWords, option, "count");
  const format = await getFormatter();
  const lang = vote.recordLanguage;
  const link = "text-primary underline";
  const bodyHref = `/bodies/${encodeURIComponent(vote.body.id)}`;
  const embedSnippet = await voteEmbedSnippet(vote.id, pageLocale(locale));

  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-6">
      <Breadcrumbs
        trail={[{ href: bodyHref, label: <RecordText lang={lang}>{vote.body.name}</RecordText> }]}
        current={t("vote.crumb", { date: vote.date })}
      />
      <RecordHeading kind={`${t("vote.kindLabel")} · ${vote.date}`}>
        <RecordText lang={lang}>{vote.motionText}</RecordText>
      </RecordHeading>

      <div className="mt-6">
        <RecordFacts
          facts={[
            {
              label: t("vote.facts.body"),
              value: (
                <Link href={bodyHref} className={link}>
                  <RecordText lang={lang}>{vote.body.name}</RecordText>
                </Link>
              ),
            },
            {
              label: t("vote.facts.date"),
              value: <InferredValue inferred={vote.dateInferred}>{vote.date}</InferredValue>,
            },
            {
              label: t("vote.facts.measure"),
              value: vote.measure ? (
                <Link href={`/measures/${encodeURIComponent(vote.measure.id)}`} className={link}>
                  <RecordText lang={lang}>{vote.measure.title}</RecordText>
                </Link>
              ) : (
                t("vote.noMeasure")
              ),
            },
            {
              label: t("vote.facts.result"),
              value: (
                <>
                  {t(`result.${vote.result ?? "unknown"}`)}
                  <SourceRefs numbers={vote.sourceNumbers} />
                </>
              ),
            },
          ]}
        />
      </div>

      <RecordSection id="tally" title={t("vote.tallyTitle")}>
        <VoteTally result={vote.result} counts={vote.counts} detail={false} />
        {vote.counts.length ? (
          <Table
            caption={t("vote.tallyTitle")}
            className="max-w-sm"
            rows={vote.counts}
            rowKey={(count) => count.option}
            columns={[
              {
                key: "option",
                header: t("vote.tallyOption"),
                rowHeader: true,
                cell: (count) => countLabel(count.option),
              },
              {
                key: "count",
                header: t("vote.tallyCount"),
                className: "text-right font-bold tabular-nums",
                cell: (count) => (
                  <>
                    {format.number(count.count)}
                    <InferredMark inferred={count.inferred} kind="number" />
                  </>
                ),
              },
            ]}
          />
        ) : (
          <EmptyState title={t("vote.tallyEmpty")} />
        )}
        {vote.counts.map((count) => (
          <InferredDetails key={count.option} inferred={count.inferred} subject={countLabel(count.option)} />
        ))}
        <p className="text-sm text-muted">{t("vote.tallyNote")}</p>
      </RecordSection>

      <RecordSection id="math" title={t("vote.mathTitle")}>
        <VoteMath math={vote.math} bodyName={vote.body.name} />
      </RecordSection>

      {vote.problems.length ? (
        <RecordSection id="problems" title={t("vote.problemsTitle")}>
          <Notice tone="error" title={t("vote.problemsIntro")}>
            <ul className="list-disc space-y-1 pl-6">
              {vote.problems.map((problem) => (
                <li key={`${problem.code}-${problem.path}`}>
                  {t(`vote.problem.${problem.code}`, {
                    ...problem.values,
                    ...("option" in problem.values ? { option: countLabel(problem.values.option as VoteOption) } : {}),
                  })}
                </li>
              ))}
            </ul>
          </Notice>
        </RecordSection>
      ) : null}

      <RecordSection id="roll-call" title={t("vote.rollCallTitle")}>
        {vote.rollCall ? (
          <Table
            caption={t("vote.rollCallTitle")}
            // Roll-call order is the record's; a name can repeat (a problem the page reports).
            rows={vote.rollCall.map((entry, index) => ({ ...entry, key: String(index) }))}
            rowKey={(entry) => entry.key}
            columns={[
              {
                key: "member",
                header: t("vote.rollCallMember"),
                rowHeader: true,
                cell: (entry) =>
                  entry.personId ? (
                    <Link href={`/people/${encodeURIComponent(entry.personId)}`} className={link}>
                      <RecordText lang={lang}>{entry.voterName}</RecordText>
                    </Link>
                  ) : (
                    <RecordText lang={lang}>{entry.voterName}</RecordText>
                  ),
              },
              {
                key: "vote",
                header: t("vote.rollCallVote"),
                cell: (entry) => voteOptionWords(voteWords, entry.option, "member"),
              },
            ]}
          />
        ) : (
          <EmptyState title={t("vote.rollCallUnknown")} />
        )}
      </RecordSection>

      <SourcesList sources={vote.sources} recordLanguage={lang} />
      {embedSnippet && <EmbedSnippet snippet={embedSnippet} />}
    </main>
  );
}
