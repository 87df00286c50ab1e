import type { Repositories } from "@legible/db";
import type { StaffAccounts } from "./auth/staff-accounts";
import type { PublicSite } from "./public-site";

/** The roles staff can hold; each admin procedure names the ones it allows. */
export const STAFF_ROLES = ["admin", "editor", "reviewer"] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export interface StaffSession {
  userId: string;
  name: string;
  email: string;
  role: StaffRole;
}

export interface Context {
  repositories: Repositories;
  /** The signed-in staff member, or null for the public and for anyone not signed in. */
  staff: StaffSession | null;
  /** Staff accounts, managed through Better Auth as the signed-in admin; staff app only. */
  accounts: StaffAccounts | null;
  /** Tells the public site to rebuild its cached pages after a publish; staff app only. */
  publicSite: PublicSite | null;
}

export function createContext(options: {
  repositories: Repositories;
  staff?: StaffSession | null;
  accounts?: StaffAccounts | null;
  publicSite?: PublicSite | null;
}): Context {
  return {
    repositories: options.repositories,
    staff: options.staff ?? null,
    accounts: options.accounts ?? null,
    publicSite: options.publicSite ?? null,
  };
}
