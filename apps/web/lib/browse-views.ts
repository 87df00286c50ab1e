import type { PublicRouter } from "@legible/api";
import type { inferRouterOutputs } from "@trpc/server";

// The shapes the browse pages render, as the public router returns them.
type Browse = inferRouterOutputs<PublicRouter>["browse"];

export type MeasureListView = Browse["measures"];
export type MeasureRowView = MeasureListView["measures"][number];
export type CurrentOfficialsView = Browse["currentOfficials"];
export type PastOfficialsView = Browse["pastOfficials"];
export type BodyListView = Browse["bodies"];
export type MeetingListView = Browse["meetings"];
