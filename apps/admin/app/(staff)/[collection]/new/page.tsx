import type { Metadata } from "next";
import { RecordCreator } from "@/components/records/record-editor";
import { collectionOrNotFound } from "@/lib/records/route-params";

interface Props {
  params: Promise<{ collection: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `New ${collectionOrNotFound((await params).collection).singular}` };
}

export default async function NewRecordPage({ params }: Props) {
  const { collection } = await params;
  collectionOrNotFound(collection);
  return <RecordCreator slug={collection} />;
}
