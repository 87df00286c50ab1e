import { router } from "../../trpc";
import { jurisdictionsRouter } from "./jurisdictions";

/** Everything the public site may read. */
export const publicRouter = router({
  jurisdictions: jurisdictionsRouter,
});

export type PublicRouter = typeof publicRouter;
