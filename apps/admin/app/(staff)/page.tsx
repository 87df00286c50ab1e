import type { Metadata } from "next";
import { DashboardOverview } from "@/components/dashboard/dashboard-overview";
import { requireStaff } from "@/lib/staff";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage() {
  const staff = await requireStaff();
  return (
    <>
      <h1 className="font-serif text-3xl font-bold">Dashboard</h1>
      <p className="mt-2">Signed in as {staff.email}.</p>
      <DashboardOverview />
    </>
  );
}
