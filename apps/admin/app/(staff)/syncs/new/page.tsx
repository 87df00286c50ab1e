import type { Metadata } from "next";
import { SyncForm } from "@/components/syncs/sync-form";
import { requireStaff } from "@/lib/staff";

export const metadata: Metadata = { title: "Add a sync" };

export default async function NewSyncPage() {
  await requireStaff(["admin"]);
  return (
    <>
      <h1 className="font-serif text-3xl font-bold">Add a sync</h1>
      <SyncForm />
    </>
  );
}
