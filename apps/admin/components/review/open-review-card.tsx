"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useTRPC } from "@/lib/trpc";
import { DashboardCard } from "../dashboard/dashboard-card";

/** The dashboard's count of review items waiting for a decision, with the way there. */
export function OpenReviewCard() {
  const trpc = useTRPC();
  const count = useQuery(trpc.review.countOpen.queryOptions());
  return (
    <DashboardCard id="review-waiting" title="Records to review">
      {count.isError ? (
        <p role="alert" className="mt-2 font-bold text-error">
          The review count could not be loaded: {count.error.message}
        </p>
      ) : count.data === undefined ? (
        <p className="mt-2">Loading…</p>
      ) : count.data === 0 ? (
        <p className="mt-2">
          Nothing from other systems is waiting for a decision.{" "}
          <Link href="/review" className="text-primary underline">
            See what was decided
          </Link>
          .
        </p>
      ) : (
        <p className="mt-2">
          <Link href="/review" className="font-bold text-primary underline">
            {count.data === 1 ? "1 item waits" : `${count.data} items wait`} for a decision
          </Link>
          : people who may already be on record, or values changed upstream after a staff edit.
        </p>
      )}
    </DashboardCard>
  );
}
