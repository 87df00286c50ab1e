import { DELETERS } from "@legible/api";
import type { Metadata } from "next";
import { Suspense } from "react";
import { RecordList } from "@/components/records/record-list";
import { collectionOrNotFound } from "@/lib/records/route-params";
import { requireStaff } from "@/lib/staff";

interface Props {
  params: Promise<{ collection: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const config = collectionOrNotFound((await params).collection);
  return { title: config.plural.charAt(0).toUpperCase() + config.plural.slice(1) };
}

export default async function RecordListPage({ params }: Props) {
  const { collection } = await params;
  collectionOrNotFound(collection);
  const staff = await requireStaff();
  return (
    <Suspense fallback={<p>Loading…</p>}>
      <RecordList slug={collection} canDelete={DELETERS.includes(staff.role)} />
    </Suspense>
  );
}
