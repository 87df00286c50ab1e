import { MIN_PASSWORD_LENGTH } from "@legible/core";
import type { Database } from "@legible/db";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { admin } from "better-auth/plugins/admin";
import { authLogger } from "./auth-log";
import { staffAccessControl, staffRoles } from "./roles";
import type { AuthSettings } from "./settings";
import { signInThrottle } from "./sign-in-throttle";

// Core's, beside the staff account schema that checks it.
export { MIN_PASSWORD_LENGTH };

/** Failed sign-ins allowed per account and per address in a minute. */
export const SIGN_IN_FAILURES_PER_MINUTE = 5;

/**
 * Staff sign-in: email and password, sessions stored in the database, roles through Better
 * Auth's admin plugin. No one can sign up: admins create accounts (`npm run admin:create`
 * makes the first).
 */
export function createStaffAuth(database: Database, settings: AuthSettings) {
  return betterAuth({
    appName: "Legible staff",
    baseURL: settings.baseURL,
    secret: settings.secret,
    logger: authLogger(),
    database: prismaAdapter(database.prisma, { provider: database.config.provider }),
    emailAndPassword: {
      enabled: true,
      disableSignUp: true,
      minPasswordLength: MIN_PASSWORD_LENGTH,
    },
    rateLimit: {
      enabled: true,
      // Every machine must count the same requests.
      storage: "database",
      window: 60,
      max: 300,
      customRules: { "/sign-in/email": { window: 60, max: 30 } },
    },
    plugins: [
      admin({
        ac: staffAccessControl,
        roles: staffRoles,
        adminRoles: ["admin"],
        defaultRole: "editor",
        bannedUserMessage: "This account is switched off. Ask an admin to switch it back on.",
      }),
      signInThrottle({ maxFailures: SIGN_IN_FAILURES_PER_MINUTE, windowSeconds: 60 }),
    ],
  });
}

export type StaffAuth = ReturnType<typeof createStaffAuth>;
