// Server-only entry for command-line tools: staff accounts outside any request.

import { MIN_PASSWORD_LENGTH, type NewAdmin, NewAdminSchema } from "@legible/core";
import type { Database } from "@legible/db";
import { createStaffAuth } from "./auth/auth";
import type { AuthSettings } from "./auth/settings";

export { AuthSettingsError, resolveAuthSettings } from "./auth/settings";
// The first admin is checked by core's staff account schema, as the Users form's accounts are.
export { MIN_PASSWORD_LENGTH, type NewAdmin, NewAdminSchema };

/** Creates an admin account directly in the database: how the first admin comes to exist. */
export async function createAdminAccount(database: Database, settings: AuthSettings, input: NewAdmin) {
  const auth = createStaffAuth(database, settings);
  const { user } = await auth.api.createUser({
    body: { email: input.email, name: input.name, password: input.password, role: "admin" },
  });
  return { id: user.id, email: user.email, name: user.name };
}
