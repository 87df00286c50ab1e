import { router } from "../../trpc";

export const peopleRouter = router({});
