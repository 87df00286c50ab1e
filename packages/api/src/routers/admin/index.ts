import { listJurisdictions } from "@legible/db";
import { router, staffProcedure } from "../../trpc";

/** Everything the staff app may do; every procedure names the roles it allows. */
export const adminRouter = router({
  jurisdictions: router({
    list: staffProcedure(["admin", "editor", "reviewer"]).query(({ ctx }) => listJurisdictions(ctx.db)),
  }),
});

export type AdminRouter = typeof adminRouter;
