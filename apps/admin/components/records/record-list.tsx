"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useEffect, useRef, useState } from "react";
import { useRecordApi } from "@/lib/records/api";
import { SORT_LABELS } from "@/lib/records/collection";
import { collectionAt } from "@/lib/records/registry";
import { describeWhen } from "./conflict-notice";
import { ListFilter } from "./list-filters";
import { Pagination } from "./pagination";
import { buttonClass, inputClass, linkClass } from "./styles";
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

/** A collection's list: search, filters, sorting and pages, all kept in the address. */
export function RecordList({ slug }: { slug: string }) {
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

  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="font-serif text-3xl font-bold capitalize">{config.plural}</h1>
        <Link href={`/${slug}/new`} className={buttonClass}>
          New {config.singular}
        </Link>
      </div>
      {deleted && (
        <p role="status" className="mt-4 rounded-card border-l-8 border-success bg-paper p-4 font-bold">
          Deleted “{deleted}”.
        </p>
      )}
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
          <p role="alert" className="font-bold text-error">
            The list could not be loaded: {list.error.message}
          </p>
        ) : !list.data ? (
          <p>Loading {config.plural}…</p>
        ) : list.data.total === 0 ? (
          <p>
            {filtered
              ? `No ${config.plural} match your search. Try fewer words or clear the filters.`
              : `There are no ${config.plural} yet. Add the first one with “New ${config.singular}”.`}
          </p>
        ) : (
          <p>
            {list.data.total} {list.data.total === 1 ? config.singular : config.plural}
            {filtered ? " match" : ""}. Showing {(page - 1) * pageSize + 1}–{Math.min(page * pageSize, list.data.total)}
            .
          </p>
        )}
      </div>
      {list.data && list.data.items.length > 0 && (
        <div className="mt-2 overflow-x-auto">
          <table className="w-full border-collapse bg-paper">
            <caption className="sr-only">{config.plural}</caption>
            <thead>
              <tr className="border-b-2 border-ink text-left">
                <th scope="col" className="p-2" aria-sort={ariaSort(titleColumn)}>
                  <SortHeader
                    sorts={listing?.sorts ?? []}
                    sort={sort}
                    direction={direction}
                    onSort={sortBy}
                    column={titleColumn}
                    label={SORT_LABELS[titleColumn] ?? "Title"}
                  />
                </th>
                <th scope="col" className="p-2">
                  Details
                </th>
                <th scope="col" className="p-2" aria-sort={ariaSort("updatedAt")}>
                  <SortHeader
                    sorts={listing?.sorts ?? []}
                    sort={sort}
                    direction={direction}
                    onSort={sortBy}
                    column="updatedAt"
                    label="Last changed"
                  />
                </th>
              </tr>
            </thead>
            <tbody>
              {list.data.items.map((item) => (
                <tr key={item.id} className="border-b border-line align-top">
                  <td className="p-2">
                    <Link href={`/${slug}/${encodeURIComponent(item.id)}`} className={`${linkClass} font-bold`}>
                      {item.title}
                    </Link>
                  </td>
                  <td className="p-2 text-muted">{item.detail.join(" · ")}</td>
                  <td className="p-2">
                    {describeWhen(item.updatedAt)}
                    {item.updatedBy && <span className="block text-muted">by {item.updatedBy}</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {list.data && (
        <Pagination
          page={page}
          pageSize={pageSize}
          total={list.data.total}
          onPage={(next) => url.set({ page: String(next) })}
        />
      )}
    </>
  );
}
