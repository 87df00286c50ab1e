import { router } from "../../trpc.js";
import { jurisdictionsRouter } from "./jurisdictions.js";

/** Everything the public site may read. */
export const publicRouter = router({
  jurisdictions: jurisdictionsRouter,
});

export type PublicRouter = typeof publicRouter;
