import type { Metadata } from "next";
import Link from "next/link";
import { SyncDetail } from "@/components/syncs/sync-detail";
import { requireStaff } from "@/lib/staff";

export const metadata: Metadata = { title: "Sync" };

export default async function SyncPage({ searchParams }: { searchParams: Promise<{ id?: string | string[] }> }) {
  const staff = await requireStaff();
  const { id } = await searchParams;
  if (typeof id !== "string" || !id) return <NoneChosen />;
  return <SyncDetail id={id} canEdit={staff.role === "admin"} />;
}

function NoneChosen() {
  return (
    <>
      <h1 className="font-serif text-3xl font-bold">No sync chosen</h1>
      <p className="mt-2">
        <Link href="/syncs" className="underline">
          Choose one from the syncs
        </Link>
      </p>
    </>
  );
}
