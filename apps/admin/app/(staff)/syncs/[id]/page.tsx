import type { Metadata } from "next";
import { SyncDetail } from "../../../../components/syncs/sync-detail";
import { requireStaff } from "../../../../lib/staff";

export const metadata: Metadata = { title: "Sync" };

export default async function SyncPage({ params }: { params: Promise<{ id: string }> }) {
  const staff = await requireStaff(["admin", "editor"]);
  const { id } = await params;
  return <SyncDetail id={decodeURIComponent(id)} canEdit={staff.role === "admin"} />;
}
