import type { ElementType, ReactNode } from "react";

/** The words a pager uses, in the page's language: lists newest first say "Newer"/"Older". */
export interface PaginationWords {
  /** The navigation landmark's name ("Pages"). */
  label: string;
  first: string;
  previous: string;
  next: string;
  last: string;
  pageOf: (page: number, pageCount: number) => string;
}

type Target =
  /** Pages that are addresses (server-rendered lists): each step is a link. */
  | { hrefFor: (page: number) => string; linkAs?: ElementType; onPage?: never }
  /** Pages kept in a client's state: each step is a button. */
  | { onPage: (page: number) => void; hrefFor?: never; linkAs?: never };

const stepClass =
  "inline-block rounded-card border border-line bg-paper px-3 py-2 text-primary underline underline-offset-2 hover:bg-primary-light";

/**
 * Moves through a long list: to the previous and next pages, and to the first and last when
 * they are more than a step away. The current page is named, not linked. Nothing for one page.
 */
export function Pagination({
  page,
  pageCount,
  words,
  ...target
}: { page: number; pageCount: number; words: PaginationWords } & Target) {
  if (pageCount <= 1) return null;
  const step = (key: string, to: number, label: ReactNode, rel?: "prev" | "next") => {
    if (target.hrefFor) {
      const LinkComponent: ElementType = target.linkAs ?? "a";
      return (
        <li key={key}>
          <LinkComponent href={target.hrefFor(to)} rel={rel} className={stepClass}>
            {label}
          </LinkComponent>
        </li>
      );
    }
    const onPage = target.onPage;
    return (
      <li key={key}>
        <button type="button" className={stepClass} onClick={() => onPage(to)}>
          {label}
        </button>
      </li>
    );
  };
  return (
    <nav aria-label={words.label} className="mt-6">
      <ul className="flex flex-wrap items-center gap-2">
        {page > 2 ? step("first", 1, words.first) : null}
        {page > 1 ? step("previous", page - 1, words.previous, "prev") : null}
        <li aria-current="page" className="px-2 font-bold">
          {words.pageOf(page, pageCount)}
        </li>
        {page < pageCount ? step("next", page + 1, words.next, "next") : null}
        {page < pageCount - 1 ? step("last", pageCount, words.last) : null}
      </ul>
    </nav>
  );
}
