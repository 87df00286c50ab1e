import type { Metadata } from "next";
import { RecordHistory } from "@/components/records/record-history";
import { requireStaff } from "@/lib/staff";

export const metadata: Metadata = { title: "Explainer history" };

interface Props {
  params: Promise<{ id: string }>;
}

const EXPLAINERS = { router: "explainers", slug: "explainers", singular: "explainer", titleField: "headline" } as const;

/** Every saved change to an explainer's working copy; a restore saves it as a new draft. */
export default async function ExplainerHistoryPage({ params }: Props) {
  await requireStaff();
  const { id } = await params;
  return <RecordHistory subject={EXPLAINERS} id={decodeURIComponent(id)} />;
}
