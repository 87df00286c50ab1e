"use client";

import type { Citation } from "@legible/core";
import { buttonClass } from "@legible/ui/button";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useDeferredValue, useId, useState } from "react";
import { FieldErrors } from "@/components/form-kit/field-frame";
import { useTRPC } from "@/lib/trpc";

interface CitationPickerProps {
  blockId: string;
  /** "Block 2, What it does", for button names that say which block they change. */
  blockName: string;
  citations: readonly Citation[];
  onChange: (citations: Citation[]) => void;
  /** Source numbers as the public page will show them. */
  numbers: ReadonlyMap<string, number>;
  titles: ReadonlyMap<string, string>;
  /** Save errors inside `citations`, by path below the block (`citations.0`). */
  errors: Readonly<Record<string, string[]>>;
}

/** The sources a block cites, numbered as on the public page, and a search to cite more. */
export function CitationPicker({
  blockId,
  blockName,
  citations,
  onChange,
  numbers,
  titles,
  errors,
}: CitationPickerProps) {
  const trpc = useTRPC();
  const searchId = useId();
  const [search, setSearch] = useState("");
  const [announcement, setAnnouncement] = useState("");
  const deferredSearch = useDeferredValue(search.trim());
  const results = useQuery({
    ...trpc.sources.list.queryOptions({ search: deferredSearch || undefined, pageSize: 8, sort: "title" }),
    placeholderData: keepPreviousData,
  });
  const cited = new Set(citations.flatMap((citation) => citation.sourceId ?? []));
  const titleOf = (sourceId: string) => titles.get(sourceId) ?? sourceId;

  const cite = (sourceId: string, title: string) => {
    onChange([...citations, { sourceId }]);
    setAnnouncement(`Cited “${title}” in ${blockName}.`);
  };
  const uncite = (index: number) => {
    const removed = citations[index];
    onChange(citations.filter((_, position) => position !== index));
    setAnnouncement(`Removed “${removed?.sourceId ? titleOf(removed.sourceId) : "the citation"}” from ${blockName}.`);
  };
  const setLocator = (index: number, locator: string) =>
    onChange(
      citations.map((citation, position) => {
        if (position !== index) return citation;
        const { locator: _old, ...rest } = citation;
        return locator.trim() ? { ...rest, locator } : rest;
      }),
    );
  const errorsId = `${blockId}-citations-error`;
  const blockErrors = Object.entries(errors).flatMap(([path, messages]) =>
    path.startsWith("citations") ? messages : [],
  );

  return (
    <fieldset
      className="mt-4 rounded border border-line p-3"
      aria-describedby={blockErrors.length ? errorsId : undefined}
    >
      <legend className="px-1 font-bold">Sources cited in this block</legend>
      {citations.length === 0 ? (
        <p className="text-muted">No sources yet. Every block needs at least one before it can be published.</p>
      ) : (
        <ul className="space-y-2">
          {citations.map((citation, index) => {
            const number = citation.sourceId ? numbers.get(citation.sourceId) : undefined;
            const name = citation.sourceId
              ? titleOf(citation.sourceId)
              : `${citation.record?.type ?? "record"} ${citation.record?.id ?? ""}`;
            const locatorId = `${blockId}-citation-${index}-locator`;
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: citations have no ids; a source may be cited twice with different locators.
              <li key={`${citation.sourceId ?? citation.record?.id}-${index}`} className="rounded bg-canvas p-2">
                <p>
                  {number !== undefined ? (
                    <span className="mr-2 inline-flex min-w-6 justify-center rounded border border-primary px-1 text-sm font-bold text-primary">
                      <span className="sr-only">Source </span>
                      {number}
                    </span>
                  ) : null}
                  {name}
                </p>
                <div className="mt-1 flex flex-wrap items-end gap-2">
                  <div>
                    <label htmlFor={locatorId} className="block text-sm">
                      Where in “{name}” (optional: a section or page)
                    </label>
                    <input
                      id={locatorId}
                      type="text"
                      value={citation.locator ?? ""}
                      onChange={(event) => setLocator(index, event.target.value)}
                      className="mt-1 rounded border border-muted bg-paper px-2 py-1"
                    />
                  </div>
                  <button type="button" className={buttonClass("danger")} onClick={() => uncite(index)}>
                    Remove{" "}
                    <span className="sr-only">
                      “{name}” from {blockName}
                    </span>
                  </button>
                </div>
              </li>
            );
          })}
        </ul>
      )}
      <FieldErrors id={errorsId} messages={blockErrors} />

      <div className="mt-3">
        <label htmlFor={searchId} className="block font-bold">
          Find a source to cite
        </label>
        <input
          id={searchId}
          type="search"
          value={search}
          onChange={(event) => setSearch(event.target.value)}
          className="mt-1 w-full rounded border border-muted bg-paper px-2 py-1.5"
        />
        {results.isError ? (
          <p className="mt-1 text-error">Sources could not be loaded: {results.error.message}</p>
        ) : null}
        {results.data && results.data.items.length === 0 ? (
          <p className="mt-1 text-muted">No sources match “{search}”.</p>
        ) : null}
        <ul className="mt-2 space-y-1">
          {results.data?.items
            .filter((source) => !cited.has(source.id))
            .map((source) => (
              <li key={source.id}>
                <button
                  type="button"
                  className="min-h-11 w-full rounded border border-line bg-paper px-2 py-1 text-left hover:bg-primary-light"
                  onClick={() => cite(source.id, source.title)}
                >
                  <span className="font-bold text-primary">Cite</span> {source.title}
                  {source.detail.filter(Boolean).length ? (
                    <span className="block text-sm text-muted">{source.detail.filter(Boolean).join(" · ")}</span>
                  ) : null}
                </button>
              </li>
            ))}
        </ul>
      </div>
      <p className="sr-only" aria-live="polite">
        {announcement}
      </p>
    </fieldset>
  );
}
