import type { Metadata } from "next";
import { Suspense } from "react";
import { RecordEditor } from "@/components/records/record-editor";
import { collectionOrNotFound, idFromParam } from "@/lib/records/route-params";

interface Props {
  params: Promise<{ collection: string; id: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { collection, id } = await params;
  return { title: `Edit ${collectionOrNotFound(collection).singular} ${idFromParam(id)}` };
}

export default async function EditRecordPage({ params }: Props) {
  const { collection, id } = await params;
  collectionOrNotFound(collection);
  return (
    <Suspense fallback={<p>Loading…</p>}>
      <RecordEditor slug={collection} id={idFromParam(id)} />
    </Suspense>
  );
}
