// Server-only entry: routers, callers and the process's database connection.

import {
  checkDatabaseReachable,
  createDatabase,
  createRepositories,
  type Database,
  type Repositories,
} from "@legible/db";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { createStaffAuth, type StaffAuth } from "./auth/auth";
import { resolveAuthSettings } from "./auth/settings";
import { staffAccountsFor } from "./auth/staff-accounts";
import { staffSessionFrom } from "./auth/staff-session";
import { createContext, type StaffSession } from "./context";
import { publicSiteFromEnv } from "./public-site";
import { adminRouter } from "./routers/admin/index";
import { publicRouter } from "./routers/public/index";
import { createCallerFactory } from "./trpc";

export { DatabaseConfigError, describeDatabase, resolveDatabaseConfig } from "@legible/db";
export { AuthSettingsError } from "./auth/settings";
export type { Context } from "./context";
export { adminRouter, createContext, publicRouter };

interface Storage {
  database: Database;
  repositories: Repositories;
}

const globalForStorage = globalThis as unknown as { legibleStorage?: Promise<Storage>; legibleAuth?: StaffAuth };

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

/** Staff sign-in, built on the process's database connection on first use. */
async function getAuth(): Promise<StaffAuth> {
  if (globalForStorage.legibleAuth) return globalForStorage.legibleAuth;
  const { database } = await getStorage();
  globalForStorage.legibleAuth ??= createStaffAuth(database, resolveAuthSettings());
  return globalForStorage.legibleAuth;
}

/** Better Auth's endpoints (sign-in, sign-out, session) at /api/auth/*, rate limits included. */
export async function handleAuthRequest(request: Request): Promise<Response> {
  return (await getAuth()).handler(request);
}

/** The signed-in staff member for a staff-app page, or null when no one is signed in. */
export async function currentStaff(headers: Headers): Promise<StaffSession | null> {
  return staffSessionFrom(await getAuth(), headers);
}

/** The admin router over HTTP; every procedure checks the caller's role. */
export async function handleAdminRequest(request: Request): Promise<Response> {
  const [{ repositories }, auth] = await Promise.all([getStorage(), getAuth()]);
  const staff = await staffSessionFrom(auth, request.headers);
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req: request,
    router: adminRouter,
    createContext: () =>
      createContext({
        repositories,
        staff,
        accounts: staff ? staffAccountsFor(auth, request.headers) : null,
        publicSite: publicSiteFromEnv(),
      }),
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
