import type { Metadata } from "next";
import { requireStaff } from "@/lib/staff";
import { ExplainerList } from "./explainer-list";

export const metadata: Metadata = { title: "Explainers" };

export default async function ExplainersPage() {
  await requireStaff();
  return <ExplainerList />;
}
