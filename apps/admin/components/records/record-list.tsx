"use client";

import { ButtonLink } from "@legible/ui/button";
import { EmptyState } from "@legible/ui/empty-state";
import { Notice } from "@legible/ui/notice";
import { Table } from "@legible/ui/table";
import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useEffect, useRef, useState } from "react";
import { inputClass, linkClass } from "@/components/form-kit/styles";
import { formatWhen } from "@/lib/form-kit/when";
import { useRecordApi } from "@/lib/records/api";
import { SORT_LABELS } from "@/lib/records/collection";
import { collectionAt } from "@/lib/records/registry";
import { BulkActions, type SelectedRecord } from "./bulk-actions";
import { ListFilter } from "./list-filters";
import { Pagination } from "./pagination";
import { useDebounced } from "./use-debounced";
import { useUrlState } from "./use-url-state";

const PAGE_SIZE = 20;

/** A column heading that sorts the list by its column (or plain text when the list cannot sort by it). */
function SortHeader({
  column,
  label,
  sorts,
  sort,
  direction,
  onSort,
}: {
  column: string;
  label: string;
  sorts: readonly string[];
  sort: string;
  direction: "asc" | "desc";
  onSort: (column: string) => void;
}) {
  if (!sorts.includes(column)) return <>{label}</>;
  const active = sort === column || (!sort && sorts[0] === column);
  const current = active ? (sort ? direction : "asc") : null;
  return (
    <button type="button" className={`${linkClass} font-bold`} onClick={() => onSort(column)}>
      {label}
      <span className="sr-only">, sort {current === "asc" ? "Z to A" : "A to Z"}</span>
      <span aria-hidden="true">{current === "asc" ? " ▲" : current === "desc" ? " ▼" : ""}</span>
    </button>
  );
}

type Item = { id: string; title: string; version: number };

/** The selection after the rows of this page were ticked or unticked; rows on other pages stay as they were. */
function reselect(current: ReadonlyMap<string, SelectedRecord>, rows: readonly Item[], keys: ReadonlySet<string>) {
  const next = new Map(current);
  for (const row of rows) {
    if (keys.has(row.id)) next.set(row.id, { title: row.title, version: row.version });
    else next.delete(row.id);
  }
  return next;
}

function withoutIds(current: ReadonlyMap<string, SelectedRecord>, ids: readonly string[]) {
  const next = new Map(current);
  for (const id of ids) next.delete(id);
  return next;
}

/**
 * A collection's list: search, filters, sorting and pages, all kept in the address; rows can be
 * selected (across pages) for export, and for delete by roles that may delete.
 */
export function RecordList({ slug, canDelete }: { slug: string; canDelete: boolean }) {
  const config = collectionAt(slug);
  if (!config) throw new Error(`No list for ${slug}`);
  const api = useRecordApi(config.router);
  const url = useUrlState();
  const [search, setSearch] = useState(url.get("search"));
  const settled = useDebounced(search, 300);
  const page = Number(url.get("page")) || 1;
  const pageSize = Math.min(Number(url.get("pageSize")) || PAGE_SIZE, 100);
  const sort = url.get("sort");
  const direction = url.get("direction") === "desc" ? "desc" : "asc";
  const filters = Object.fromEntries(
    Object.keys(config.filters)
      .map((column) => [column, url.get(column)])
      .filter(([, value]) => value),
  );
  const deleted = url.get("deleted");
  const [selected, setSelected] = useState<ReadonlyMap<string, SelectedRecord>>(new Map());

  // The box writes to the address once typing settles; the address (back, reload) writes to the box.
  const urlSearch = url.get("search");
  const written = useRef(urlSearch);
  const { set } = url;
  useEffect(() => {
    if (settled === written.current) return;
    written.current = settled;
    set({ search: settled }, { replace: true });
  }, [settled, set]);
  useEffect(() => {
    if (urlSearch === written.current) return;
    written.current = urlSearch;
    setSearch(urlSearch);
  }, [urlSearch]);

  const list = useQuery({
    ...api.list.queryOptions({
      search: url.get("search") || undefined,
      filters: Object.keys(filters).length ? filters : undefined,
      sort: sort || undefined,
      direction: sort ? direction : undefined,
      page,
      pageSize,
    }),
    placeholderData: (previous) => previous,
  });
  const listing = list.data?.listing;
  const filtered = Boolean(url.get("search")) || Object.keys(filters).length > 0;

  function sortBy(column: string) {
    const current = sort || listing?.sorts[0];
    const nextDirection = current === column && direction === "asc" ? "desc" : "asc";
    url.set({ sort: column, direction: nextDirection });
  }

  const ariaSort = (column: string) => {
    const active = sort === column || (!sort && listing?.sorts[0] === column);
    if (!active) return undefined;
    return (sort ? direction : "asc") === "asc" ? "ascending" : "descending";
  };
  const titleColumn = listing?.sorts[0] ?? "";
  const sortHeader = (column: string, label: string) => (
    <SortHeader
      sorts={listing?.sorts ?? []}
      sort={sort}
      direction={direction}
      onSort={sortBy}
      column={column}
      label={label}
    />
  );

  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="font-serif text-3xl font-bold capitalize">{config.plural}</h1>
        <ButtonLink as={Link} href={`/${slug}/new`}>
          New {config.singular}
        </ButtonLink>
      </div>
      {deleted && <Notice tone="success" title={`Deleted “${deleted}”.`} className="mt-4" />}
      <search className="mt-6 grid gap-4 md:grid-cols-2 lg:grid-cols-3">
        <div>
          <label htmlFor="list-search" className="block font-bold">
            Search {config.plural}
          </label>
          <input
            id="list-search"
            type="search"
            className={inputClass}
            value={search}
            onChange={(event) => setSearch(event.target.value)}
          />
        </div>
        {(listing?.filters ?? []).map((column) => {
          const spec = config.filters[column];
          return spec ? (
            <ListFilter
              key={column}
              column={column}
              spec={spec}
              value={url.get(column)}
              onChange={(value) => url.set({ [column]: value })}
            />
          ) : null;
        })}
        {listing && (
          <div>
            <label htmlFor="list-sort" className="block font-bold">
              Sort by
            </label>
            <select
              id="list-sort"
              className={inputClass}
              value={`${sort || listing.sorts[0]}:${direction}`}
              onChange={(event) => {
                const [column, order] = event.target.value.split(":");
                url.set({ sort: column ?? null, direction: order ?? null });
              }}
            >
              {listing.sorts.flatMap((column) =>
                (["asc", "desc"] as const).map((order) => (
                  <option key={`${column}:${order}`} value={`${column}:${order}`}>
                    {SORT_LABELS[column] ?? column},{" "}
                    {order === "asc" ? "A to Z / oldest first" : "Z to A / newest first"}
                  </option>
                )),
              )}
            </select>
          </div>
        )}
      </search>
      <div aria-live="polite" className="mt-6">
        {list.isError ? (
          <Notice tone="error" title="The list could not be loaded.">
            {list.error.message}
          </Notice>
        ) : !list.data ? (
          <p>Loading {config.plural}…</p>
        ) : list.data.total === 0 ? (
          <EmptyState
            title={filtered ? `No ${config.plural} match your search.` : `There are no ${config.plural} yet.`}
          >
            {filtered ? "Try fewer words or clear the filters." : `Add the first one with “New ${config.singular}”.`}
          </EmptyState>
        ) : (
          <p>
            {list.data.total} {list.data.total === 1 ? config.singular : config.plural}
            {filtered ? " match" : ""}. Showing {(page - 1) * pageSize + 1}–{Math.min(page * pageSize, list.data.total)}
            .
          </p>
        )}
      </div>
      {list.data && list.data.items.length > 0 && (
        <>
          <BulkActions
            collection={config.router}
            singular={config.singular}
            plural={config.plural}
            selected={selected}
            canDelete={canDelete}
            onDeleted={(ids) => {
              setSelected((current) => withoutIds(current, ids));
              void list.refetch();
            }}
          />
          <Table
            caption={config.plural}
            rows={list.data.items}
            rowKey={(item) => item.id}
            selection={{
              selected: new Set(selected.keys()),
              onChange: (keys) => setSelected((current) => reselect(current, list.data?.items ?? [], keys)),
              rowLabel: (item) => `Select ${item.title}`,
              allLabel: `Select every ${config.singular} on this page`,
            }}
            columns={[
              {
                key: "title",
                rowHeader: true,
                sort: ariaSort(titleColumn),
                header: sortHeader(titleColumn, SORT_LABELS[titleColumn] ?? "Title"),
                cell: (item) => (
                  <Link href={`/${slug}/${encodeURIComponent(item.id)}`} className={`${linkClass} font-bold`}>
                    {item.title}
                  </Link>
                ),
              },
              { key: "detail", header: "Details", className: "text-muted", cell: (item) => item.detail.join(" · ") },
              {
                key: "updatedAt",
                sort: ariaSort("updatedAt"),
                header: sortHeader("updatedAt", "Last changed"),
                cell: (item) => (
                  <>
                    {formatWhen(item.updatedAt)}
                    {item.updatedBy && <span className="block text-muted">by {item.updatedBy}</span>}
                  </>
                ),
              },
            ]}
          />
        </>
      )}
      {list.data && <Pagination page={page} pageSize={pageSize} total={list.data.total} />}
    </>
  );
}
