"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useTRPC } from "@/lib/trpc";
import { RemovedUpstreamBadge } from "./removed-upstream-badge";

/** On a record's staff page: says when the official system stopped listing it, and where staff decide. */
export function RemovedUpstreamNotice({ recordType, recordId }: { recordType: string; recordId: string }) {
  const trpc = useTRPC();
  const state = useQuery(trpc.review.removalOf.queryOptions({ recordType, recordId }));
  if (!state.data) return null;
  return (
    <p className="mb-4 rounded-card border-l-8 border-error bg-paper p-4">
      <RemovedUpstreamBadge goneUpstreamAt={state.data.goneUpstreamAt} /> The system it came from no longer lists it, so
      it is off the public site. Staff still see and edit it here.{" "}
      <Link href="/review" className="text-primary underline">
        Decide on the Review page
      </Link>
      .
    </p>
  );
}
