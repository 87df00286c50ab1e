"use client";

import { Notice } from "@legible/ui/notice";
import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "@/lib/trpc";
import { SyncForm } from "./sync-form";

/** Loads a sync, then its form. */
export function SyncEdit({ id }: { id: string }) {
  const trpc = useTRPC();
  const query = useQuery(trpc.syncs.get.queryOptions({ id }));
  if (query.isPending) return <p role="status">Loading the sync…</p>;
  if (query.isError)
    return (
      <Notice tone="error" title="The sync could not be loaded.">
        {query.error.message}
      </Notice>
    );
  return <SyncForm sync={query.data.source} />;
}
