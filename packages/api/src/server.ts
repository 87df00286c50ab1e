// Server-only entry: routers, callers and the process's database connection.
import { checkDatabaseReachable, createDatabase, type Database } from "@legible/db";
import { createContext, type StaffSession } from "./context.js";
import { adminRouter } from "./routers/admin/index.js";
import { publicRouter } from "./routers/public/index.js";
import { createCallerFactory } from "./trpc.js";

export { adminRouter, publicRouter, createContext };
export { DatabaseConfigError, describeDatabase, resolveDatabaseConfig } from "@legible/db";
export type { Context } from "./context.js";

const globalForDatabase = globalThis as unknown as { legibleDatabase?: Promise<Database> };

/**
 * The process's one database connection, opened on first use. Kept on globalThis so Next's
 * development reloads reuse it instead of opening a new pool each time.
 */
export function getDatabase(): Promise<Database> {
  globalForDatabase.legibleDatabase ??= createDatabase().catch((error: unknown) => {
    globalForDatabase.legibleDatabase = undefined;
    throw error;
  });
  return globalForDatabase.legibleDatabase;
}

export async function checkDatabase(): Promise<void> {
  await checkDatabaseReachable(await getDatabase());
}

const createPublicCaller = createCallerFactory(publicRouter);
const createAdminCaller = createCallerFactory(adminRouter);

/** A server-side caller of the public router, for React Server Components. */
export async function publicCaller() {
  const { prisma } = await getDatabase();
  return createPublicCaller(createContext({ db: prisma }));
}

export async function adminCaller(staff: StaffSession | null) {
  const { prisma } = await getDatabase();
  return createAdminCaller(createContext({ db: prisma, staff }));
}
