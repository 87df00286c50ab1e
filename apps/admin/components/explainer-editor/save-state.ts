import type { ConflictDetails } from "./admin-error";

/** Where the last save stands, for the save bar's message. */
export type SaveState =
  | { kind: "idle" }
  | { kind: "saving" }
  | { kind: "saved"; version: number; at: string }
  | { kind: "invalid"; count: number }
  | { kind: "conflict"; conflict: ConflictDetails }
  | { kind: "reapplied"; version: number; by: string | null; overlaps: string[] }
  | { kind: "failed"; message: string };
