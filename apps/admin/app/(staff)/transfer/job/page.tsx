import type { Metadata } from "next";
import Link from "next/link";
import { requireStaff } from "@/lib/staff";
import { ImportJobView } from "../import-job-view";

export const metadata: Metadata = { title: "Import" };

export default async function ImportJobPage({ searchParams }: { searchParams: Promise<{ id?: string | string[] }> }) {
  // Imports are for admins, as on the Transfer page.
  await requireStaff(["admin"]);
  const { id } = await searchParams;
  if (typeof id === "string" && id) return <ImportJobView jobId={id} />;
  return (
    <>
      <h1 className="font-serif text-3xl font-bold">No import chosen</h1>
      <p className="mt-2">
        <Link href="/transfer" className="underline">
          Import a file on the Import and export page
        </Link>
      </p>
    </>
  );
}
