"use client";

import { useQueries } from "@tanstack/react-query";
import { useTRPC } from "@/lib/trpc";

/** The titles of a record's sources, read once each and cached, for citation pickers. */
export function useSourceTitles(ids: readonly string[]): ReadonlyArray<{ id: string; title: string }> {
  const trpc = useTRPC();
  const results = useQueries({
    queries: ids.map((id) => ({ ...trpc.sources.get.queryOptions({ id }), staleTime: 60_000 })),
  });
  return ids.map((id, index) => ({ id, title: results[index]?.data?.title ?? id }));
}
