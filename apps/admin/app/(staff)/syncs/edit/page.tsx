import type { Metadata } from "next";
import Link from "next/link";
import { SyncEdit } from "@/components/syncs/sync-edit";
import { requireStaff } from "@/lib/staff";

export const metadata: Metadata = { title: "Edit sync" };

export default async function EditSyncPage({ searchParams }: { searchParams: Promise<{ id?: string | string[] }> }) {
  await requireStaff(["admin"]);
  const { id } = await searchParams;
  return (
    <>
      <h1 className="font-serif text-3xl font-bold">Edit sync</h1>
      {typeof id === "string" && id ? (
        <SyncEdit id={id} />
      ) : (
        <p className="mt-2">
          No sync chosen.{" "}
          <Link href="/syncs" className="underline">
            Choose one from the syncs
          </Link>
        </p>
      )}
    </>
  );
}
