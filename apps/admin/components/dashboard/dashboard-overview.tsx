"use client";

import { Notice } from "@legible/ui/notice";
import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "@/lib/trpc";
import { OpenReviewCard } from "../review/open-review-card";
import { AwaitingReview } from "./awaiting-review";
import { LintSummary } from "./lint-summary";
import { RecentChanges } from "./recent-changes";
import { RecordsChanged } from "./records-changed";

/**
 * What needs staff attention now: explainers waiting for review, problems in unpublished ones,
 * published ones whose records changed since their last review, recent changes.
 */
export function DashboardOverview() {
  const trpc = useTRPC();
  const overview = useQuery(trpc.dashboard.overview.queryOptions());
  if (overview.isPending) return <p role="status">Loading what needs attention…</p>;
  if (overview.isError) {
    return (
      <Notice tone="error" title="The dashboard could not be loaded.">
        {overview.error.message}
      </Notice>
    );
  }
  const { awaitingReview, lintFindings, recordsChanged, recentChanges } = overview.data;
  return (
    <div className="mt-6 grid gap-6 lg:grid-cols-2">
      <AwaitingReview items={awaitingReview} />
      <OpenReviewCard />
      <LintSummary entries={lintFindings} />
      <div className="lg:col-span-2">
        <RecordsChanged entries={recordsChanged.explainers} total={recordsChanged.total} />
      </div>
      <div className="lg:col-span-2">
        <RecentChanges changes={recentChanges} />
      </div>
    </div>
  );
}
