import type { Metadata } from "next";
import { SyncEdit } from "../../../../../components/syncs/sync-edit";
import { requireStaff } from "../../../../../lib/staff";

export const metadata: Metadata = { title: "Edit sync" };

export default async function EditSyncPage({ params }: { params: Promise<{ id: string }> }) {
  await requireStaff(["admin"]);
  const { id } = await params;
  return (
    <>
      <h1 className="font-serif text-3xl font-bold">Edit sync</h1>
      <SyncEdit id={decodeURIComponent(id)} />
    </>
  );
}
