"use client";

import type { Block } from "@legible/core";
import { useQueries, useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { useTRPC } from "@/lib/trpc";
import type { PreviewSource, PreviewStatement } from "./preview/preview-types";

/** The sources cited by these blocks (each read once and cached) and the measure's statements, for previews and pickers. */
export function usePreviewRecords(measureId: string, blockLists: ReadonlyArray<readonly Block[]>) {
  const trpc = useTRPC();
  const sourceIds = [
    ...new Set(blockLists.flat().flatMap((block) => block.citations.flatMap((citation) => citation.sourceId ?? []))),
  ].sort();
  const sourceResults = useQueries({
    queries: sourceIds.map((id) => ({ ...trpc.sources.get.queryOptions({ id }), staleTime: 60_000 })),
  });
  const statementList = useQuery(trpc.statements.list.queryOptions({ filters: { measureId }, pageSize: 100 }));

  const sourceKey = sourceResults.map((result) => result.data?.version ?? "").join(",");
  // biome-ignore lint/correctness/useExhaustiveDependencies: rebuilt only when a source arrives or changes.
  const sources = useMemo(() => {
    const map = new Map<string, PreviewSource>();
    for (const result of sourceResults) {
      const source = result.data;
      if (source)
        map.set(source.id, { id: source.id, title: source.title, publisher: source.publisher, url: source.url });
    }
    return map;
  }, [sourceKey, sourceIds.join(",")]);
  const statements = useMemo(
    () =>
      new Map<string, PreviewStatement>(
        (statementList.data?.items ?? []).map((item) => [
          item.id,
          { id: item.id, text: item.title, detail: item.detail.filter(Boolean) },
        ]),
      ),
    [statementList.data],
  );
  const titles = useMemo(() => new Map([...sources].map(([id, source]) => [id, source.title])), [sources]);
  return { sources, statements, titles };
}
