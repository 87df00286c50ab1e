import type { Metadata } from "next";
import Link from "next/link";
import { RunView } from "@/components/syncs/run-view";
import { requireStaff } from "@/lib/staff";

export const metadata: Metadata = { title: "Sync run" };

export default async function SyncRunPage({ searchParams }: { searchParams: Promise<{ id?: string | string[] }> }) {
  await requireStaff();
  const { id } = await searchParams;
  if (typeof id === "string" && id) return <RunView runId={id} />;
  return (
    <>
      <h1 className="font-serif text-3xl font-bold">No run chosen</h1>
      <p className="mt-2">
        <Link href="/syncs" className="underline">
          Choose a sync, then one of its runs
        </Link>
      </p>
    </>
  );
}
