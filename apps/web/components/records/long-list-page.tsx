import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { listOwnerPath } from "@/lib/list-pages";
import type { ListOwner, ListPaging } from "@/lib/record-views";
import { Breadcrumbs } from "./breadcrumbs";
import { ListPageNav } from "./list-page-nav";
import { RecordHeading } from "./record-heading";
import { RecordText } from "./record-text";

/**
 * One page of a person's or a body's long list: where it sits (Home › owner › list), the
 * owner's name as the heading under the list's name, which items these are, then the items
 * and the way to newer and older pages, then whatever follows them.
 */
export function LongListPage({
  owner,
  listName,
  basePath,
  paging,
  recordLanguage,
  children,
  after,
}: {
  owner: ListOwner;
  listName: string;
  /** The list's own address (its first page). */
  basePath: string;
  paging: ListPaging;
  recordLanguage: string;
  children: ReactNode;
  /** What follows the list and its page links, such as the sources it cites. */
  after?: ReactNode;
}) {
  const t = useTranslations("records.lists");
  const name = <RecordText lang={recordLanguage}>{owner.name}</RecordText>;
  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-6">
      <Breadcrumbs trail={[{ href: listOwnerPath(owner), label: name }]} current={listName} />
      <RecordHeading kind={listName}>{name}</RecordHeading>
      {paging.total > 0 ? (
        <p className="mt-4 text-muted">
          {t("position", { first: paging.first, last: paging.last, total: paging.total })}
        </p>
      ) : null}
      <div className="mt-6">{children}</div>
      <ListPageNav basePath={basePath} paging={paging} />
      {after}
    </main>
  );
}
