import type { Metadata } from "next";
import Link from "next/link";
import { requireStaff } from "@/lib/staff";

export const metadata: Metadata = { title: "Not for your role" };

export default async function NotAllowedPage() {
  const staff = await requireStaff();
  return (
    <>
      <h1 className="font-serif text-3xl font-bold">This page is not for your role</h1>
      <p className="mt-2 max-w-prose">
        You are signed in as {staff.role === "admin" ? "an" : "a"} {staff.role}. Ask an admin if you need to do this.
      </p>
      <p className="mt-4">
        <Link href="/" className="text-primary underline">
          Back to the dashboard
        </Link>
      </p>
    </>
  );
}
