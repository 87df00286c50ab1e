import type { Metadata } from "next";
import { requireStaff } from "@/lib/staff";
import { NewExplainerForm } from "./new-explainer-form";

export const metadata: Metadata = { title: "New explainer" };

interface Props {
  searchParams: Promise<{ measureId?: string | string[]; locale?: string | string[] }>;
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";

export default async function NewExplainerPage({ searchParams }: Props) {
  await requireStaff(["admin", "editor", "reviewer"]);
  const params = await searchParams;
  const locale = first(params.locale) === "es" ? "es" : "en";
  return <NewExplainerForm initialMeasureId={first(params.measureId)} initialLocale={locale} />;
}
