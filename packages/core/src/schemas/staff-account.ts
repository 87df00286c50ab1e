import { z } from "zod";

// A staff account as staff and the command line create it. The api's router and the staff
// app's Users form both check with these schemas, so a name, an email or a password is refused
// for the same reasons, in the same words, in both places.

/** The roles staff can hold; each staff procedure names the ones it allows. */
export const STAFF_ROLES = ["admin", "editor", "reviewer"] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

/** Long enough that a stolen password cannot be guessed quickly; short enough to type. */
export const MIN_PASSWORD_LENGTH = 12;

export const StaffPasswordSchema = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `must be at least ${MIN_PASSWORD_LENGTH} characters`)
  .max(128, "must be 128 characters or fewer");

export const StaffRoleSchema = z.enum(STAFF_ROLES, { error: `must be one of: ${STAFF_ROLES.join(", ")}` });

/** A new staff account: who, how to reach them, what they may do, and a temporary password. */
export const NewStaffAccountSchema = z.object({
  name: z.string().trim().min(1, "is required").max(200, "must be 200 characters or fewer"),
  email: z.email("must be an email address, like name@example.org").max(254),
  role: StaffRoleSchema,
  password: StaffPasswordSchema,
});
export type NewStaffAccount = z.infer<typeof NewStaffAccountSchema>;

/** The first admin, made on the command line: a new account whose role is always admin. */
export const NewAdminSchema = NewStaffAccountSchema.omit({ role: true });
export type NewAdmin = z.infer<typeof NewAdminSchema>;

/** An account an admin changes, by its id. */
export const StaffUserIdSchema = z.string().min(1, "is required").max(100);
