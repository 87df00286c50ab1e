import { router, staffProcedure } from "../../trpc";
import { dashboardView } from "../../views/dashboard-view";
import { ANY_STAFF } from "./roles";

export const dashboardRouter = router({
  /** What needs staff attention now: explainers awaiting review, lint findings, recent changes. */
  overview: staffProcedure(ANY_STAFF).query(({ ctx }) => dashboardView(ctx.repositories)),
});
