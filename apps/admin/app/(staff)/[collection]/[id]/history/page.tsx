import type { Metadata } from "next";
import { RecordHistory } from "@/components/records/record-history";
import { collectionOrNotFound, idFromParam } from "@/lib/records/route-params";

interface Props {
  params: Promise<{ collection: string; id: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { collection, id } = await params;
  return { title: `History of ${collectionOrNotFound(collection).singular} ${idFromParam(id)}` };
}

export default async function RecordHistoryPage({ params }: Props) {
  const { collection, id } = await params;
  const { slug, router, singular, titleField } = collectionOrNotFound(collection);
  return <RecordHistory subject={{ slug, router, singular, titleField }} id={idFromParam(id)} />;
}
