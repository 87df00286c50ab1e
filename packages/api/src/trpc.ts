import type { Issue } from "@legible/core";
import { InvalidRecordError, ListOptionError, VersionConflictError } from "@legible/db";
import { initTRPC, TRPCError } from "@trpc/server";
import { ZodError, z } from "zod";
import type { Context, StaffRole } from "./context";
import { isStorageError, toApiError } from "./routers/admin/errors";

/** Who changed a record since the caller loaded it, so the staff app can offer to reload. */
export interface ConflictDetails {
  yourVersion: number;
  currentVersion: number;
  updatedBy: string | null;
  updatedAt: string;
}

function issuesOf(cause: unknown): Issue[] | null {
  if (isStorageError(cause, InvalidRecordError, "InvalidRecordError")) return cause.issues;
  if (isStorageError(cause, ListOptionError, "ListOptionError")) return [{ path: cause.field, message: cause.message }];
  return null;
}

function conflictOf(cause: unknown): ConflictDetails | null {
  if (!isStorageError(cause, VersionConflictError, "VersionConflictError")) return null;
  const { yourVersion, currentVersion, updatedBy, updatedAt } = cause;
  return { yourVersion, currentVersion, updatedBy, updatedAt };
}

/** What the router itself says about a procedure: the staff roles it allows. */
export interface ProcedureMeta {
  roles?: readonly StaffRole[];
}

/** What anyone sees of a failure the server did not expect; the details go to the server log. */
export const PLAIN_INTERNAL_ERROR = "Something went wrong on our side. Try again in a minute.";

const t = initTRPC
  .context<Context>()
  .meta<ProcedureMeta>()
  .create({
    errorFormatter({ shape, error }) {
      // Bad input comes back field by field, so a form can show each message beside its field.
      const fieldErrors = error.cause instanceof ZodError ? z.flattenError(error.cause).fieldErrors : null;
      // An unexpected failure's own message can carry SQL, driver errors or file paths: never sent.
      const internal = error.code === "INTERNAL_SERVER_ERROR";
      return {
        ...shape,
        message: internal ? PLAIN_INTERNAL_ERROR : shape.message,
        data: {
          ...shape.data,
          stack: undefined,
          fieldErrors,
          issues: issuesOf(error.cause),
          conflict: conflictOf(error.cause),
        },
      };
    },
  });

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

/** Anyone may call it; it must only ever read published, public records. */
export const publicProcedure = t.procedure;

/** A procedure only signed-in staff holding one of `roles` may call. */
export function staffProcedure(roles: readonly StaffRole[]) {
  return t.procedure.meta({ roles }).use(async ({ ctx, next }) => {
    if (!ctx.staff) throw new TRPCError({ code: "UNAUTHORIZED", message: "Sign in to continue." });
    if (!roles.includes(ctx.staff.role)) {
      throw new TRPCError({ code: "FORBIDDEN", message: `This needs one of these roles: ${roles.join(", ")}.` });
    }
    const result = await next({ ctx: { ...ctx, staff: ctx.staff } });
    // Storage's refusals arrive as internal errors; give them their real status and reason.
    if (!result.ok && result.error.code === "INTERNAL_SERVER_ERROR") {
      const mapped = toApiError(result.error.cause);
      if (mapped instanceof TRPCError) return { ...result, error: mapped };
    }
    return result;
  });
}
