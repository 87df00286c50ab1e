import { router } from "../../trpc";

export const explainersRouter = router({});
