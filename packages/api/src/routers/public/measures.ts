import { router } from "../../trpc";

export const measuresRouter = router({});
