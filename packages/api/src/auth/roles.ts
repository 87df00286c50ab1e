import type { StaffRole } from "@legible/core";
import { createAccessControl } from "better-auth/plugins/access";
import { adminAc, defaultStatements } from "better-auth/plugins/admin/access";

// The roles are core's (with the staff account schema); re-exported for the api's own callers.
export { STAFF_ROLES, type StaffRole } from "@legible/core";

/** The signed-in staff member a request acts for. */
export interface StaffSession {
  userId: string;
  name: string;
  email: string;
  role: StaffRole;
}

/**
 * Better Auth's permissions over staff accounts. Only admins manage accounts; editors and
 * reviewers hold no account permissions. What each role may do to records is decided by the
 * admin router, procedure by procedure.
 */
const accessControl = createAccessControl(defaultStatements);

export const staffAccessControl = accessControl;

export const staffRoles = {
  admin: adminAc,
  editor: accessControl.newRole({ user: [], session: [] }),
  reviewer: accessControl.newRole({ user: [], session: [] }),
};
