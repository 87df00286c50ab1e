"use client";

import type { Block } from "@legible/core";
import { useQueries } from "@tanstack/react-query";
import { useMemo } from "react";
import { useTRPC } from "@/lib/trpc";

/** The titles of the sources these blocks cite (each read once and cached), for the citation pickers. */
export function usePreviewRecords(blockLists: ReadonlyArray<readonly Block[]>) {
  const trpc = useTRPC();
  const sourceIds = [
    ...new Set(blockLists.flat().flatMap((block) => block.citations.flatMap((citation) => citation.sourceId ?? []))),
  ].sort();
  const sourceResults = useQueries({
    queries: sourceIds.map((id) => ({ ...trpc.sources.get.queryOptions({ id }), staleTime: 60_000 })),
  });
  const sourceKey = sourceResults.map((result) => result.data?.version ?? "").join(",");
  // biome-ignore lint/correctness/useExhaustiveDependencies: rebuilt only when a source arrives or changes.
  const titles = useMemo(() => {
    const map = new Map<string, string>();
    for (const result of sourceResults) {
      if (result.data) map.set(result.data.id, result.data.title);
    }
    return map;
  }, [sourceKey, sourceIds.join(",")]);
  return { titles };
}
