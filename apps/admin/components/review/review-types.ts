import type { AdminRouter } from "@legible/api";
import type { inferRouterOutputs } from "@trpc/server";

/** One review item as the staff API gives it. */
export type ReviewItem = inferRouterOutputs<AdminRouter>["review"]["list"]["items"][number];

/** What a decision reports to the queue, for its status line. */
export type OnDecided = (message: string) => void;
