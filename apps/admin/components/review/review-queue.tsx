"use client";

import { EmptyState } from "@legible/ui/empty-state";
import { Notice } from "@legible/ui/notice";
import { useQuery } from "@tanstack/react-query";
import { useRef, useState } from "react";
import { useTRPC } from "@/lib/trpc";
import { Pagination } from "../records/pagination";
import { useUrlState } from "../records/use-url-state";
import { DecidedList } from "./decided-list";
import type { ReviewItem } from "./review-types";
import { SamePersonItem } from "./same-person-item";
import { UpstreamChangeItem } from "./upstream-change-item";
import { UpstreamRemovedItem } from "./upstream-removed-item";

const OPEN_PAGE_SIZE = 20;
const DECIDED_PAGE_SIZE = 25;

/**
 * What a sync could not decide alone, open items first: each in plain words with both sides and
 * the two answers; then what was decided, by whom and when.
 */
export function ReviewQueue() {
  const trpc = useTRPC();
  const url = useUrlState();
  const openPage = Number(url.get("page")) || 1;
  const decidedPage = Number(url.get("decided")) || 1;
  const [status, setStatus] = useState("");
  const statusRef = useRef<HTMLParagraphElement>(null);
  const open = useQuery({
    ...trpc.review.list.queryOptions({ status: "open", page: openPage, pageSize: OPEN_PAGE_SIZE }),
    placeholderData: (previous) => previous,
  });
  const decided = useQuery({
    ...trpc.review.list.queryOptions({ status: "resolved", page: decidedPage, pageSize: DECIDED_PAGE_SIZE }),
    placeholderData: (previous) => previous,
  });

  // The decided item leaves the list; focus goes to the line saying what was done, not to the page's start.
  function onDecided(message: string) {
    setStatus(message);
    requestAnimationFrame(() => statusRef.current?.focus());
  }

  const item = (entry: ReviewItem) =>
    entry.kind === "same-person" ? (
      <SamePersonItem item={entry} onDecided={onDecided} />
    ) : entry.kind === "upstream-removed" ? (
      <UpstreamRemovedItem item={entry} onDecided={onDecided} />
    ) : (
      <UpstreamChangeItem item={entry} onDecided={onDecided} />
    );

  return (
    <>
      <h1 className="font-serif text-3xl font-bold">Review</h1>
      <p className="mt-2 max-w-3xl">
        Records coming in from other systems that need a person to decide: someone who may already be on record, a value
        changed upstream after one of us edited it, or a record the official system no longer lists (taken off the
        public site until you decide). Nothing else changes until you choose.
      </p>
      <p
        ref={statusRef}
        tabIndex={-1}
        role="status"
        className={status ? "mt-4 rounded-card border-l-8 border-success bg-paper p-4 font-bold" : "sr-only"}
      >
        {status}
      </p>

      <section aria-labelledby="review-open" className="mt-6">
        <h2 id="review-open" className="font-serif text-2xl font-bold">
          Waiting for a decision{open.data ? ` (${open.data.total})` : ""}
        </h2>
        {open.isError ? (
          <Notice tone="error" title="The review queue could not be loaded." className="mt-2">
            {open.error.message}
          </Notice>
        ) : !open.data ? (
          <p className="mt-2">Loading…</p>
        ) : open.data.total === 0 ? (
          <EmptyState title="Nothing is waiting.">
            When a sync is unsure whether someone is already on record, or finds a value changed upstream that one of us
            edited, it asks here.
          </EmptyState>
        ) : (
          <ul className="mt-3 space-y-4">
            {open.data.items.map((entry) => (
              <li key={entry.id}>{item(entry)}</li>
            ))}
          </ul>
        )}
        {open.data && <Pagination page={openPage} pageSize={OPEN_PAGE_SIZE} total={open.data.total} />}
      </section>

      <section aria-labelledby="review-decided" className="mt-10">
        <h2 id="review-decided" className="font-serif text-2xl font-bold">
          Decided
        </h2>
        {decided.isError ? (
          <Notice tone="error" title="The decided items could not be loaded." className="mt-2">
            {decided.error.message}
          </Notice>
        ) : !decided.data ? (
          <p className="mt-2">Loading…</p>
        ) : decided.data.total === 0 ? (
          <EmptyState title="Nothing has been decided yet." />
        ) : (
          <DecidedList items={decided.data.items} />
        )}
        {decided.data && (
          <Pagination page={decidedPage} pageSize={DECIDED_PAGE_SIZE} total={decided.data.total} param="decided" />
        )}
      </section>
    </>
  );
}
