import { MAX_PAGE_SIZE } from "@legible/db";
import { router, staffProcedure } from "../../trpc";

/** Everything the staff app may do; every procedure names the roles it allows. */
export const adminRouter = router({
  jurisdictions: router({
    list: staffProcedure(["admin", "editor", "reviewer"]).query(
      async ({ ctx }) => (await ctx.repositories.jurisdictions.list({ pageSize: MAX_PAGE_SIZE })).items,
    ),
  }),
});

export type AdminRouter = typeof adminRouter;
