import type { Metadata } from "next";
import { requireStaff } from "@/lib/staff";
import { AddStaffForm } from "./add-staff-form";
import { StaffTable } from "./staff-table";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  const admin = await requireStaff(["admin"]);
  return (
    <>
      <h1 className="font-serif text-3xl font-bold">Users</h1>
      <p className="mt-2 max-w-prose text-muted">
        Staff accounts. Editors write and fix records and send explainers for review; reviewers also publish; admins
        also manage accounts and imports. A new password is shown only to you: pass it on in person.
      </p>
      <StaffTable currentUserId={admin.userId} />
      <AddStaffForm />
    </>
  );
}
