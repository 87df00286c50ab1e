// Server-only entry: routers, callers and the process's database connection.

import { currentImportQueue } from "@legible/connectors";
import { checkDatabaseReachable } from "@legible/db";
import { processLogger } from "@legible/observe";
import { TRPCError } from "@trpc/server";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { alertsAccess } from "./alerts-caller";
import { createStaffAuth, type StaffAuth } from "./auth/auth";
import { resolveAuthSettings } from "./auth/settings";
import { staffAccountsFor } from "./auth/staff-accounts";
import { staffSessionFrom } from "./auth/staff-session";
import { createContext, type StaffSession } from "./context";
import { importUploadsDir, maxUploadBytes } from "./http/import-settings";
import { receiveImportUpload } from "./http/import-upload";
import { processPublicCallLimit } from "./http/public-call-limit";
import { callsIn, processPublicRateLimit, requestAddress } from "./http/public-rate-limit";
import { guardRequest } from "./http/request-guards";
import { inRequestScope } from "./http/request-scope";
import { withDatasetFiles } from "./open-data/dataset-files-worker";
import { processStorage } from "./process-storage";
import { publicSiteFromEnv } from "./public-site";
import { adminRouter } from "./routers/admin/index";
import { publicRouter } from "./routers/public/index";
import { createCallerFactory } from "./trpc";

/**
 * Unexpected failures are logged here with their details (the response says only something
 * plain: see the error formatter in ./trpc).
 */
function logInternal({ error, path }: { error: TRPCError; path?: string }) {
  if (error.code === "INTERNAL_SERVER_ERROR" || error.code === "SERVICE_UNAVAILABLE") {
    processLogger().error({ part: "trpc", procedure: path ?? null, err: error.cause ?? error }, "a procedure failed");
  }
}

/** The connection (and, for staff, the session) a request needs; a database that is down is a 503. */
async function requestStorage<T>(open: () => Promise<T>): Promise<T> {
  try {
    return await open();
  } catch (cause) {
    throw new TRPCError({
      code: "SERVICE_UNAVAILABLE",
      message: "The database is not answering. Try again in a minute.",
      cause,
    });
  }
}

export { DatabaseConfigError, describeDatabase, resolveDatabaseConfig } from "@legible/db";
export { AuthSettingsError } from "./auth/settings";
export type { Context } from "./context";
export { guardRequest, MAX_REQUEST_BYTES, refuseCrossSite, withBodyLimit } from "./http/request-guards";
export { purgeHealthParts } from "./purge-webhook";
export { queueHealthParts } from "./queue-health";
export { adminRouter, createContext, publicRouter };

const globalForAuth = globalThis as unknown as { legibleAuth?: StaffAuth };

const createPublicCaller = createCallerFactory(publicRouter);

/** A server-side caller of the public router, for React Server Components. */
export async function publicCaller() {
  const { repositories } = await processStorage();
  return createPublicCaller(createContext({ repositories }));
}

/** The public router over HTTP at /api/trpc, for clients outside the site's own pages. */
export function handlePublicRequest(request: Request): Promise<Response> {
  // The public site's own server logs each request with its id; this carries the id inside.
  return inRequestScope(request, () => servePublicRequest(request));
}

async function servePublicRequest(request: Request): Promise<Response> {
  const guarded = await guardRequest(request, publicOrigins());
  if (guarded instanceof Response) return guarded;
  // Each procedure of a batch counts as one call against the address's limit.
  const refused = await processPublicRateLimit().take(requestAddress(guarded), callsIn(guarded));
  if (refused) return refused;
  // A few calls at a time per machine; the rest wait briefly or are told to come back.
  return processPublicCallLimit().run(() =>
    fetchRequestHandler({
      endpoint: "/api/trpc",
      req: guarded,
      router: publicRouter,
      onError: logInternal,
      createContext: async () => {
        const { database, repositories } = await requestStorage(processStorage);
        // Subscribing from outside the site's own forms counts against the same per-address limit.
        return createContext({ repositories, alerts: alertsAccess(database, requestAddress(guarded)) });
      },
    }),
  );
}

function publicOrigins(): string[] {
  return process.env.LEGIBLE_PUBLIC_URL ? [process.env.LEGIBLE_PUBLIC_URL] : [];
}

function staffOrigins(): string[] {
  return process.env.BETTER_AUTH_URL ? [process.env.BETTER_AUTH_URL] : [];
}

/** Staff sign-in, built on the process's database connection on first use. */
async function getAuth(): Promise<StaffAuth> {
  if (globalForAuth.legibleAuth) return globalForAuth.legibleAuth;
  const { database } = await processStorage();
  globalForAuth.legibleAuth ??= createStaffAuth(database, resolveAuthSettings());
  return globalForAuth.legibleAuth;
}

/** Better Auth's endpoints (sign-in, sign-out, session) at /api/auth/*, rate limits included. */
export function handleAuthRequest(request: Request): Promise<Response> {
  return inRequestScope(
    request,
    async () => {
      const guarded = await guardRequest(request, staffOrigins());
      if (guarded instanceof Response) return guarded;
      return (await getAuth()).handler(guarded);
    },
    { accessLog: true },
  );
}

/** The signed-in staff member for a staff-app page, or null when no one is signed in. */
export async function currentStaff(headers: Headers): Promise<StaffSession | null> {
  return staffSessionFrom(await getAuth(), headers);
}

/** The admin router over HTTP; every procedure checks the caller's role. */
export function handleAdminRequest(request: Request): Promise<Response> {
  return inRequestScope(request, () => serveAdminRequest(request), { accessLog: true });
}

async function serveAdminRequest(request: Request): Promise<Response> {
  const guarded = await guardRequest(request, staffOrigins());
  if (guarded instanceof Response) return guarded;
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req: guarded,
    router: adminRouter,
    onError: logInternal,
    createContext: async () => {
      const { repositories, auth, staff } = await requestStorage(async () => {
        const [{ repositories }, auth] = await Promise.all([processStorage(), getAuth()]);
        return { repositories, auth, staff: await staffSessionFrom(auth, guarded.headers) };
      });
      return createContext({
        repositories,
        staff,
        accounts: staff ? staffAccountsFor(auth, guarded.headers) : null,
        publicSite: withDatasetFiles(publicSiteFromEnv()),
      });
    },
  });
}

/** `POST /api/imports`: a file too large for tRPC, streamed to disk and imported as a background job. */
export function handleImportUpload(request: Request): Promise<Response> {
  return inRequestScope(request, () => receiveUpload(request), { accessLog: true });
}

function receiveUpload(request: Request): Promise<Response> {
  return receiveImportUpload(request, {
    trustedOrigins: staffOrigins(),
    staff: async () => staffSessionFrom(await getAuth(), request.headers),
    createJob: async (job) => (await processStorage()).repositories.importJobs.create(job),
    enqueue: async (jobId) => currentImportQueue()?.enqueue(jobId),
    uploadsDir: importUploadsDir(),
    maxBytes: maxUploadBytes(),
  });
}

/** A part of a machine that can fail without stopping it (the shared cache): reported, never a 503. */
export interface HealthPart {
  name: string;
  state: "ok" | "degraded";
  /** What it runs on, or why it is degraded, in plain words. */
  detail: string;
}

/**
 * 200 with the provider when the database answers, "degraded" when a part in `parts` is; 503
 * with a plain reason when the database does not answer.
 */
export async function healthResponse(parts: HealthPart[] = []): Promise<Response> {
  try {
    const { database } = await processStorage();
    await checkDatabaseReachable(database);
    const degraded = parts.some((part) => part.state === "degraded");
    return Response.json({
      status: degraded ? "degraded" : "ok",
      database: database.config.provider,
      ...Object.fromEntries(parts.map(({ name, state, detail }) => [name, { state, detail }])),
    });
  } catch {
    return Response.json({ status: "unavailable", reason: "The database is not answering." }, { status: 503 });
  }
}
