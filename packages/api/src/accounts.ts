// Server-only entry for command-line tools: staff accounts outside any request.

import type { Database } from "@legible/db";
import { z } from "zod";
import { createStaffAuth, MIN_PASSWORD_LENGTH } from "./auth/auth";
import type { AuthSettings } from "./auth/settings";

export { AuthSettingsError, resolveAuthSettings } from "./auth/settings";
export { MIN_PASSWORD_LENGTH };

export const NewAdminSchema = z.object({
  email: z.email("must be an email address, like name@example.org"),
  name: z.string().trim().min(1, "is required").max(200, "must be 200 characters or fewer"),
  password: z
    .string()
    .min(MIN_PASSWORD_LENGTH, `must be at least ${MIN_PASSWORD_LENGTH} characters`)
    .max(128, "must be 128 characters or fewer"),
});

export type NewAdmin = z.infer<typeof NewAdminSchema>;

/** Creates an admin account directly in the database: how the first admin comes to exist. */
export async function createAdminAccount(database: Database, settings: AuthSettings, input: NewAdmin) {
  const auth = createStaffAuth(database, settings);
  const { user } = await auth.api.createUser({
    body: { email: input.email, name: input.name, password: input.password, role: "admin" },
  });
  return { id: user.id, email: user.email, name: user.name };
}
