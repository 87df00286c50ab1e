import type { Metadata } from "next";
import { requireStaff } from "@/lib/staff";
import { ExportPanel } from "./export-panel";
import { ImportPanel } from "./import-panel";

export const metadata: Metadata = { title: "Import and export" };

export default async function TransferPage() {
  // Imports change many records at once, so the page is for admins; the export alone is open to all staff through the API.
  await requireStaff(["admin"]);
  return (
    <>
      <h1 className="font-serif text-3xl font-bold">Import and export</h1>
      <p className="mt-2 max-w-prose text-muted">
        Bring in records from Open Civic Data, Popolo or Open States files, or a whole Legible dataset. For files up to
        800 KB you see what will change before anything is saved, and the import is saved all at once or not at all.
        Larger files, up to 2 GB, are imported in the background in batches, with a report at the end.
      </p>
      <ImportPanel />
      <ExportPanel />
    </>
  );
}
