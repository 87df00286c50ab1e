import type { Repositories } from "@legible/db";

/** The roles staff can hold; each admin procedure names the ones it allows. */
export const STAFF_ROLES = ["admin", "editor", "reviewer"] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export interface StaffSession {
  userId: string;
  name: string;
  role: StaffRole;
}

export interface Context {
  repositories: Repositories;
  /** The signed-in staff member, or null for the public and for anyone not signed in. */
  staff: StaffSession | null;
}

export function createContext(options: { repositories: Repositories; staff?: StaffSession | null }): Context {
  return { repositories: options.repositories, staff: options.staff ?? null };
}
