// Safe to import anywhere, including client components (as types).

export type { StaffRole, StaffSession } from "./context";
export { STAFF_ROLES } from "./context";
export type { AdminRouter } from "./routers/admin/index";
export type { PublicRouter } from "./routers/public/index";
export { type CitedRuleView, type VoteDecisionView, voteDecisionView } from "./views/vote-decision-view";
