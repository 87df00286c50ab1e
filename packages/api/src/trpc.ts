import { initTRPC, TRPCError } from "@trpc/server";
import { ZodError, z } from "zod";
import type { Context, StaffRole } from "./context";

const t = initTRPC.context<Context>().create({
  errorFormatter({ shape, error }) {
    // Bad input comes back field by field, so a form can show each message beside its field.
    const fieldErrors = error.cause instanceof ZodError ? z.flattenError(error.cause).fieldErrors : null;
    return { ...shape, data: { ...shape.data, stack: undefined, fieldErrors } };
  },
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

/** Anyone may call it; it must only ever read published, public records. */
export const publicProcedure = t.procedure;

/** A procedure only signed-in staff holding one of `roles` may call. */
export function staffProcedure(roles: readonly StaffRole[]) {
  return t.procedure.use(({ ctx, next }) => {
    if (!ctx.staff) throw new TRPCError({ code: "UNAUTHORIZED", message: "Sign in to continue." });
    if (!roles.includes(ctx.staff.role)) {
      throw new TRPCError({ code: "FORBIDDEN", message: `This needs one of these roles: ${roles.join(", ")}.` });
    }
    return next({ ctx: { ...ctx, staff: ctx.staff } });
  });
}
