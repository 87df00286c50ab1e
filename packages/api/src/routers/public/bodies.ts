import { router } from "../../trpc";

export const bodiesRouter = router({});
