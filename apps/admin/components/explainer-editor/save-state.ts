import type { ConflictDetails } from "@legible/api";
import type { Reapplied } from "../form-kit/conflict-notice";

/** Where the last save stands, for the save bar's message. */
export type SaveState =
  | { kind: "idle" }
  | { kind: "saving" }
  | { kind: "saved"; version: number; at: string }
  | { kind: "invalid"; count: number }
  | { kind: "conflict"; conflict: ConflictDetails }
  | { kind: "reapplied"; reapplied: Reapplied }
  | { kind: "failed"; message: string };
