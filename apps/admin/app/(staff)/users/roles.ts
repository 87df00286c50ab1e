import { STAFF_ROLES, type StaffRole } from "@legible/core";

export const ROLE_LABELS: Record<StaffRole, string> = {
  admin: "Admin",
  editor: "Editor",
  reviewer: "Reviewer",
};

export const ROLE_CHOICES = STAFF_ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }));
