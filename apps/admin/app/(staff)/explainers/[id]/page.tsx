import type { Metadata } from "next";
import { ExplainerEditor } from "@/components/explainer-editor/explainer-editor";
import { requireStaff } from "@/lib/staff";

export const metadata: Metadata = { title: "Edit explainer" };

interface Props {
  params: Promise<{ id: string }>;
}

/** Where residents read explainers; the editor links there after a publish. */
function publicSiteUrl(): string {
  return process.env.LEGIBLE_PUBLIC_URL?.trim() || "http://localhost:3000";
}

export default async function EditExplainerPage({ params }: Props) {
  const staff = await requireStaff();
  const { id } = await params;
  return <ExplainerEditor id={decodeURIComponent(id)} role={staff.role} publicUrl={publicSiteUrl()} />;
}
