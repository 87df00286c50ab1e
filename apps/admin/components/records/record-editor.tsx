"use client";

import { useQuery } from "@tanstack/react-query";
import { useSearchParams } from "next/navigation";
import { useRecordApi } from "@/lib/records/api";
import { collectionAt } from "@/lib/records/registry";
import { RemovedUpstreamNotice } from "../review/removed-upstream-notice";
import { RecordForm } from "./record-form";

/** The edit page's body: loads the record, then its form (keyed by id, so each record starts fresh). */
export function RecordEditor({ slug, id }: { slug: string; id: string }) {
  const config = collectionAt(slug);
  if (!config) throw new Error(`No form for ${slug}`);
  const api = useRecordApi(config.router);
  const saved = Number(useSearchParams().get("saved")) || undefined;
  // Loaded once: later reloads happen only when the user asks (after a conflict).
  const record = useQuery({ ...api.get.queryOptions({ id }), staleTime: Number.POSITIVE_INFINITY });
  if (record.isError) {
    return (
      <p role="alert" className="font-bold text-error">
        {record.error.message}
      </p>
    );
  }
  if (!record.data) return <p>Loading…</p>;
  return (
    <>
      <RemovedUpstreamNotice recordType={config.recordType} recordId={id} />
      <RecordForm key={id} config={config} initial={record.data} isNew={false} savedVersion={saved} />
    </>
  );
}

/** The new-record page's body: the form with the collection's starting values. */
export function RecordCreator({ slug }: { slug: string }) {
  const config = collectionAt(slug);
  if (!config) throw new Error(`No form for ${slug}`);
  return <RecordForm config={config} initial={config.defaults} isNew />;
}
