"use client";

import { useQuery } from "@tanstack/react-query";
import { useRecordApi } from "@/lib/records/api";
import { titleOf } from "@/lib/records/collection";
import { collectionOf } from "@/lib/records/registry";
import type { RecordRouterKey } from "@/lib/records/router-keys";

/** A chosen record's title (and its id, smaller), read from the server. */
export function RecordTitle({ collection, id }: { collection: RecordRouterKey; id: string }) {
  const api = useRecordApi(collection);
  const record = useQuery(api.get.queryOptions({ id }));
  if (record.isError) return <span className="font-bold text-error">No record with id {id}</span>;
  return (
    <span>
      <span className="font-bold">
        {record.data ? titleOf(collectionOf(collection), record.data as Record<string, unknown>) : "…"}
      </span>{" "}
      <span className="text-muted">({id})</span>
    </span>
  );
}
