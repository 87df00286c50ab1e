import { router } from "../../trpc";

export const siteRouter = router({});
