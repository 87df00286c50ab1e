"use client";

import { buttonClass } from "@legible/ui/button";
import { EmptyState } from "@legible/ui/empty-state";
import { Notice } from "@legible/ui/notice";
import { Pagination } from "@legible/ui/pagination";
import { Table } from "@legible/ui/table";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useSearchParams } from "next/navigation";
import { useDeferredValue, useState } from "react";
import { statusLabel } from "@/components/explainer-editor/status-badge";
import { PAGE_WORDS } from "@/components/records/pagination";
import { formatWhen } from "@/lib/form-kit/when";
import { useTRPC } from "@/lib/trpc";
import { listFilters, PAGE_SIZE, pageCount, SORTS, type SortKey } from "./list-options";

const LANGUAGES: Record<string, string> = { en: "English", es: "Spanish" };
const controlClass = "mt-1 block min-h-11 rounded border border-muted bg-paper px-2";

/** Every explainer, searchable by headline, filtered by status and language, sorted and paged. */
export function ExplainerList() {
  const trpc = useTRPC();
  const deleted = useSearchParams().get("deleted");
  const [search, setSearch] = useState("");
  const [status, setStatus] = useState("");
  const [locale, setLocale] = useState("");
  const [sortKey, setSortKey] = useState<SortKey>("updatedAt-desc");
  const [page, setPage] = useState(1);
  const deferredSearch = useDeferredValue(search.trim());
  const { sort, direction } = SORTS[sortKey];
  const list = useQuery({
    ...trpc.explainers.list.queryOptions({
      search: deferredSearch || undefined,
      filters: listFilters(status, locale),
      sort,
      direction,
      page,
      pageSize: PAGE_SIZE,
    }),
    placeholderData: keepPreviousData,
  });
  const filtered = Boolean(deferredSearch || status || locale);
  const pages = pageCount(list.data?.total ?? 0, PAGE_SIZE);
  const resetting =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      set(value);
      setPage(1);
    };

  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="font-serif text-3xl font-bold">Explainers</h1>
        <Link href="/explainers/new" className={buttonClass("primary")}>
          New explainer
        </Link>
      </div>
      {deleted && (
        <p role="status" className="mt-4 rounded-card border-l-8 border-success bg-paper p-4 font-bold">
          Deleted “{deleted}”.
        </p>
      )}

      <search aria-label="Find explainers" className="mt-4 block">
        <form
          className="flex flex-wrap items-end gap-3 rounded-card border border-line bg-paper p-3"
          onSubmit={(event) => event.preventDefault()}
        >
          <div className="min-w-60 flex-1">
            <label htmlFor="explainer-search" className="block font-bold">
              Search headlines
            </label>
            <input
              id="explainer-search"
              type="search"
              value={search}
              onChange={(event) => resetting(setSearch)(event.target.value)}
              className={`${controlClass} w-full`}
            />
          </div>
          <div>
            <label htmlFor="explainer-status" className="block font-bold">
              Status
            </label>
            <select
              id="explainer-status"
              value={status}
              onChange={(event) => resetting(setStatus)(event.target.value)}
              className={controlClass}
            >
              <option value="">Any status</option>
              <option value="draft">Draft</option>
              <option value="in-review">Waiting for review</option>
              <option value="published">Published</option>
            </select>
          </div>
          <div>
            <label htmlFor="explainer-locale" className="block font-bold">
              Language
            </label>
            <select
              id="explainer-locale"
              value={locale}
              onChange={(event) => resetting(setLocale)(event.target.value)}
              className={controlClass}
            >
              <option value="">Any language</option>
              <option value="en">English</option>
              <option value="es">Spanish</option>
            </select>
          </div>
          <div>
            <label htmlFor="explainer-sort" className="block font-bold">
              Sort by
            </label>
            <select
              id="explainer-sort"
              value={sortKey}
              onChange={(event) => resetting(setSortKey)(event.target.value as SortKey)}
              className={controlClass}
            >
              {Object.entries(SORTS).map(([key, option]) => (
                <option key={key} value={key}>
                  {option.label}
                </option>
              ))}
            </select>
          </div>
        </form>
      </search>

      <p className="mt-4" role="status">
        {list.isPending
          ? "Loading explainers…"
          : list.isError
            ? ""
            : `${list.data.total} ${list.data.total === 1 ? "explainer" : "explainers"}${filtered ? " match" : ""}.`}
      </p>
      {list.isError ? (
        <Notice tone="error" title="Explainers could not be loaded." className="mt-2">
          {list.error.message}
        </Notice>
      ) : null}

      {list.data && list.data.items.length === 0 ? (
        filtered ? (
          <EmptyState title="No explainers match these filters.">
            Try other words, or set Status and Language back to “Any”.
          </EmptyState>
        ) : (
          <EmptyState
            title="There are no explainers yet."
            action={
              <Link href="/explainers/new" className="text-primary underline">
                Write the first one
              </Link>
            }
          />
        )
      ) : null}

      {list.data && list.data.items.length > 0 ? (
        <Table
          caption={`Explainers, ${SORTS[sortKey].label.toLowerCase()}`}
          rows={list.data.items}
          rowKey={(item) => item.id}
          columns={[
            {
              key: "headline",
              header: "Headline",
              rowHeader: true,
              cell: (item) => (
                <Link href={`/explainers/${encodeURIComponent(item.id)}`} className="text-primary underline">
                  {item.title}
                </Link>
              ),
            },
            { key: "language", header: "Language", cell: (item) => LANGUAGES[item.detail[0] ?? ""] ?? item.detail[0] },
            { key: "status", header: "Status", cell: (item) => statusLabel(item.detail[1] ?? "") },
            { key: "measure", header: "Measure", cell: (item) => item.detail[2] ?? "" },
            {
              key: "changed",
              header: "Last changed",
              cell: (item) => (
                <>
                  <time dateTime={item.updatedAt}>{formatWhen(item.updatedAt)}</time>
                  {item.updatedBy ? <span className="block text-sm text-muted">by {item.updatedBy}</span> : null}
                </>
              ),
            },
          ]}
        />
      ) : null}

      {list.data ? (
        <Pagination
          page={page}
          pageCount={pages}
          words={{ ...PAGE_WORDS, label: "Pages of explainers" }}
          onPage={setPage}
        />
      ) : null}
    </>
  );
}
