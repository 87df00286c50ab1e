import type { Metadata } from "next";
import { RunView } from "../../../../../../components/syncs/run-view";
import { requireStaff } from "../../../../../../lib/staff";

export const metadata: Metadata = { title: "Sync run" };

export default async function SyncRunPage({ params }: { params: Promise<{ runId: string }> }) {
  await requireStaff(["admin", "editor"]);
  const { runId } = await params;
  return <RunView runId={runId} />;
}
