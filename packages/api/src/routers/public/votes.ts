import { router } from "../../trpc";

export const votesRouter = router({});
