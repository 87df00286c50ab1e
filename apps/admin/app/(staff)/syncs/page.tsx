import type { Metadata } from "next";
import Link from "next/link";
import { SyncList } from "@/components/syncs/sync-list";
import { requireStaff } from "@/lib/staff";

export const metadata: Metadata = { title: "Syncs" };

export default async function SyncsPage() {
  const staff = await requireStaff();
  return (
    <>
      <h1 className="font-serif text-3xl font-bold">Syncs</h1>
      <p className="mt-2 max-w-prose text-muted">
        Outside systems Legible reads records from, such as a city's Legistar, on a schedule or when you start them.
        Each run picks up where the last one stopped and reports what it created, updated and set aside.
      </p>
      {staff.role === "admin" && (
        <p className="mt-4">
          <Link href="/syncs/new" className="font-bold underline">
            Add a sync
          </Link>
        </p>
      )}
      <SyncList />
    </>
  );
}
