import type { StaffRole } from "../../context";

/** Everyone signed in: reading records, lists, history. */
export const ANY_STAFF: readonly StaffRole[] = ["admin", "editor", "reviewer"];
/** Writing and fixing records; reviewers fix what they review. */
export const WRITERS: readonly StaffRole[] = ["admin", "editor", "reviewer"];
/** Deleting records. */
export const DELETERS: readonly StaffRole[] = ["admin", "editor"];
/** Publishing explainers, and sending them back to their writers. */
export const PUBLISHERS: readonly StaffRole[] = ["admin", "reviewer"];
/** Staff accounts and whole-dataset imports. */
export const ADMINS: readonly StaffRole[] = ["admin"];
