import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { ReactNode } from "react";
import type { AppLocale } from "@/i18n/routing";
import { longListPath, pageFromSegments } from "@/lib/list-pages";
import { loadBodyVotes, loadPersonVotes, loadStatements } from "@/lib/record-loaders";
import { pageLocale, recordIdFromParam } from "@/lib/record-page";
import type { ListOwner, ListPaging } from "@/lib/record-views";
import { CastVoteList } from "./cast-vote-list";
import { LongListPage } from "./long-list-page";
import { SourcesList } from "./sources-list";
import { StatementList } from "./statement-list";
import { VoteSummaryList } from "./vote-summary-list";

type Props = { params: Promise<{ locale: string; id: string; page?: string[] }> };

interface ListView {
  owner: ListOwner;
  paging: ListPaging;
  recordLanguage: string;
}

/**
 * The route of a person's or a body's long list at /KIND/ID/LIST[/PAGE]: its metadata and its
 * page, from the list's loader and what one page of it shows. Every such route is the same but
 * for those two; the four routes are below, and each route file only exports one.
 */
export function longListRoute<View extends ListView>({
  list,
  path,
  load,
  render,
}: {
  /** Which list, for its name and description. */
  list: "personVotes" | "bodyVotes" | "statements";
  path: "votes" | "statements";
  load: (id: string, locale: AppLocale, page: number) => Promise<View>;
  /** The page's items (and anything after them, such as sources), given the view. */
  render: (
    view: View,
    t: Awaited<ReturnType<typeof getTranslations<"records">>>,
  ) => {
    items: ReactNode;
    after?: ReactNode;
  };
}) {
  async function resolve(params: Props["params"]) {
    const { locale, id, page } = await params;
    const pageNumber = pageFromSegments(page);
    if (pageNumber === null) notFound();
    return { locale, view: await load(recordIdFromParam(id), pageLocale(locale), pageNumber) };
  }

  return {
    async generateMetadata({ params }: Props): Promise<Metadata> {
      const { locale, view } = await resolve(params);
      const t = await getTranslations({ locale, namespace: "records.lists" });
      const { page, pageCount } = view.paging;
      const names = { list: t(list), name: view.owner.name };
      return {
        title: page > 1 ? t("metaTitlePage", { ...names, page, pageCount }) : t("metaTitle", names),
        description: t(`${list}Description`, { name: view.owner.name }),
      };
    },

    async Page({ params }: Props) {
      const { locale, view } = await resolve(params);
      setRequestLocale(locale);
      const t = await getTranslations("records");
      const { items, after } = render(view, t);
      return (
        <LongListPage
          owner={view.owner}
          listName={t(`lists.${list}`)}
          basePath={longListPath(view.owner, path)}
          paging={view.paging}
          recordLanguage={view.recordLanguage}
          after={after}
        >
          {items}
        </LongListPage>
      );
    },
  };
}

/** A person's whole voting record: how they voted in each vote, and whether with the majority. */
export const personVotesRoute = longListRoute({
  list: "personVotes",
  path: "votes",
  load: loadPersonVotes,
  render: (view, t) => ({
    items: view.votes.length ? (
      <CastVoteList votes={view.votes} recordLanguage={view.recordLanguage} />
    ) : (
      <p>{t("person.votesEmpty", { name: view.owner.name })}</p>
    ),
  }),
});

/** Every vote a body held, with its result and tally. */
export const bodyVotesRoute = longListRoute({
  list: "bodyVotes",
  path: "votes",
  load: loadBodyVotes,
  render: (view, t) => ({
    items: view.votes.length ? (
      <VoteSummaryList votes={view.votes} recordLanguage={view.recordLanguage} showBody={false} />
    ) : (
      <p>{t("body.votesEmpty")}</p>
    ),
  }),
});

/** What a person or a body is on record saying, with the sources this page's quotes cite. */
function statementsRoute(kind: "person" | "body") {
  return longListRoute({
    list: "statements",
    path: "statements",
    load: (id, locale, page) => loadStatements(kind, id, locale, page),
    render: (view) => ({
      items: <StatementList statements={view.statements} recordLanguage={view.recordLanguage} show="measure" />,
      after: <SourcesList sources={view.sources} recordLanguage={view.recordLanguage} />,
    }),
  });
}

export const personStatementsRoute = statementsRoute("person");
export const bodyStatementsRoute = statementsRoute("body");
