// Server-only entry: routers, callers and the process's database connection.

import {
  checkDatabaseReachable,
  createDatabase,
  createRepositories,
  type Database,
  type Repositories,
} from "@legible/db";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { createContext } from "./context";
import { adminRouter } from "./routers/admin/index";
import { publicRouter } from "./routers/public/index";
import { createCallerFactory } from "./trpc";

export { DatabaseConfigError, describeDatabase, resolveDatabaseConfig } from "@legible/db";
export type { Context } from "./context";
export { adminRouter, createContext, publicRouter };

interface Storage {
  database: Database;
  repositories: Repositories;
}

const globalForStorage = globalThis as unknown as { legibleStorage?: Promise<Storage> };

/**
 * The process's one database connection, opened on first use. Kept on globalThis so Next's
 * development reloads reuse it instead of opening a new pool each time.
 */
function getStorage(): Promise<Storage> {
  globalForStorage.legibleStorage ??= createDatabase().then(
    (database) => ({ database, repositories: createRepositories(database) }),
    (error: unknown) => {
      globalForStorage.legibleStorage = undefined;
      throw error;
    },
  );
  return globalForStorage.legibleStorage;
}

const createPublicCaller = createCallerFactory(publicRouter);

/** A server-side caller of the public router, for React Server Components. */
export async function publicCaller() {
  const { repositories } = await getStorage();
  return createPublicCaller(createContext({ repositories }));
}

/** The public router over HTTP at /api/trpc, for clients outside the site's own pages. */
export async function handlePublicRequest(request: Request): Promise<Response> {
  const { repositories } = await getStorage();
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req: request,
    router: publicRouter,
    createContext: () => createContext({ repositories }),
  });
}

/** The admin router over HTTP. Until staff sign-in exists, every caller is anonymous and refused. */
export async function handleAdminRequest(request: Request): Promise<Response> {
  const { repositories } = await getStorage();
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req: request,
    router: adminRouter,
    createContext: () => createContext({ repositories, staff: null }),
  });
}

/** 200 with the provider when the database answers; 503 with a plain reason when it does not. */
export async function healthResponse(): Promise<Response> {
  try {
    const { database } = await getStorage();
    await checkDatabaseReachable(database);
    return Response.json({ status: "ok", database: database.config.provider });
  } catch {
    return Response.json({ status: "unavailable", reason: "The database is not answering." }, { status: 503 });
  }
}
