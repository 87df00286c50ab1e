import "server-only";

import type { StaffRole, StaffSession } from "@legible/api";
import { currentStaff } from "@legible/api/server";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";

/** The signed-in staff member for this request, read once however many components ask. */
export const getStaff = cache(async (): Promise<StaffSession | null> => currentStaff(await headers()));

/** The signed-in staff member; anyone else is sent to sign in (or told their role is not enough). */
export async function requireStaff(roles?: readonly StaffRole[]): Promise<StaffSession> {
  const staff = await getStaff();
  if (!staff) redirect("/sign-in");
  if (roles && !roles.includes(staff.role)) redirect("/not-allowed");
  return staff;
}
