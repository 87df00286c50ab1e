import type { Database, Repositories } from "@legible/db";
import { currentRequestId } from "@legible/observe";
import type { StaffSession } from "./auth/roles";
import type { StaffAccounts } from "./auth/staff-accounts";
import type { PublicSite } from "./public-site";

// The roles live with the rest of auth, so auth's modules need not import the context back.
export { STAFF_ROLES, type StaffRole, type StaffSession } from "./auth/roles";

export interface Context {
  repositories: Repositories;
  /** The signed-in staff member, or null for the public and for anyone not signed in. */
  staff: StaffSession | null;
  /** Staff accounts, managed through Better Auth as the signed-in admin; staff app only. */
  accounts: StaffAccounts | null;
  /** Tells the public site to rebuild its cached pages after a publish; staff app only. */
  publicSite: PublicSite | null;
  /** The HTTP request this call serves (its logs, queries and spans carry it), or null for a server-side caller outside one. */
  requestId: string | null;
  /** Email alerts: set for the public site's form handlers and /api/trpc, with the caller's address for the rate limit. */
  alerts?: AlertsAccess | null;
}

/** What the alerts procedures need: the connection, the links' secret and who is asking. */
export interface AlertsAccess {
  prisma: Database["prisma"];
  secret: string;
  /** The client's address (for the subscribe rate limit), or null when unknown. */
  clientAddress: string | null;
}

export function createContext(options: {
  repositories: Repositories;
  staff?: StaffSession | null;
  accounts?: StaffAccounts | null;
  publicSite?: PublicSite | null;
  requestId?: string | null;
  alerts?: AlertsAccess | null;
}): Context {
  return {
    repositories: options.repositories,
    staff: options.staff ?? null,
    accounts: options.accounts ?? null,
    publicSite: options.publicSite ?? null,
    requestId: options.requestId ?? currentRequestId(),
    alerts: options.alerts ?? null,
  };
}
