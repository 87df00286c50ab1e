import type { Database } from "./client";

/** How many staff accounts exist; none means the first admin is still to be created. */
export function countStaffAccounts(database: Database): Promise<number> {
  return database.prisma.user.count();
}
