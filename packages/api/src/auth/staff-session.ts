import type { StaffAuth } from "./auth";
import { STAFF_ROLES, type StaffRole, type StaffSession } from "./roles";

function isStaffRole(role: unknown): role is StaffRole {
  return typeof role === "string" && (STAFF_ROLES as readonly string[]).includes(role);
}

/** The signed-in staff member the request's session cookie names, or null. */
export async function staffSessionFrom(auth: StaffAuth, headers: Headers): Promise<StaffSession | null> {
  const session = await auth.api.getSession({ headers });
  if (!session || session.user.banned) return null;
  const role = session.user.role;
  if (!isStaffRole(role)) return null;
  return { userId: session.user.id, name: session.user.name, email: session.user.email, role };
}
