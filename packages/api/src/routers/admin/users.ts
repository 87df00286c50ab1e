import { NewStaffAccountSchema, StaffPasswordSchema, StaffRoleSchema, StaffUserIdSchema } from "@legible/core";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { router, staffProcedure } from "../../trpc";
import { ADMINS } from "./roles";

const userId = StaffUserIdSchema;

function accountsOf(ctx: { accounts: import("../../auth/staff-accounts").StaffAccounts | null }) {
  if (!ctx.accounts) {
    throw new TRPCError({
      code: "PRECONDITION_FAILED",
      message: "Staff accounts can only be changed in the staff app.",
    });
  }
  return ctx.accounts;
}

function notYourself(staffId: string, userId: string, what: string) {
  if (staffId === userId) {
    throw new TRPCError({ code: "BAD_REQUEST", message: `You cannot ${what} your own account. Ask another admin.` });
  }
}

/** Staff accounts; admins only, and Better Auth checks the admin's session again. */
export const usersRouter = router({
  list: staffProcedure(ADMINS).query(({ ctx }) => accountsOf(ctx).list()),

  create: staffProcedure(ADMINS)
    .input(NewStaffAccountSchema)
    .mutation(({ ctx, input }) => accountsOf(ctx).create(input)),

  setRole: staffProcedure(ADMINS)
    .input(z.object({ userId, role: StaffRoleSchema }))
    .mutation(async ({ ctx, input }) => {
      notYourself(ctx.staff.userId, input.userId, "change the role of");
      await accountsOf(ctx).setRole(input.userId, input.role);
      return { userId: input.userId, role: input.role };
    }),

  /** An admin sets a new password for someone who lost theirs, and tells them in person. */
  setPassword: staffProcedure(ADMINS)
    .input(z.object({ userId, password: StaffPasswordSchema }))
    .mutation(async ({ ctx, input }) => {
      await accountsOf(ctx).setPassword(input.userId, input.password);
      return { userId: input.userId };
    }),

  setActive: staffProcedure(ADMINS)
    .input(z.object({ userId, active: z.boolean() }))
    .mutation(async ({ ctx, input }) => {
      notYourself(ctx.staff.userId, input.userId, "switch off");
      await accountsOf(ctx).setActive(input.userId, input.active);
      return { userId: input.userId, active: input.active };
    }),
});
