// Safe to import anywhere, including client components (as types).

export type { StaffRole, StaffSession } from "./context";
export { STAFF_ROLES } from "./context";
export type { AdminRouter } from "./routers/admin/index";
/** Who may delete records, so the staff app offers deleting only to them. */
export { DELETERS } from "./routers/admin/roles";
export type { PublicRouter } from "./routers/public/index";
/** The one conflict type: who saved a newer version, as a refused save reports it (error data `conflict`). */
export type { ConflictDetails } from "./trpc";
/** What the explainer page (public, and the staff preview) shows, as the view builder gives it. */
export type { CalendarEventView, CalendarOwnerView, CalendarView } from "./views/calendar-view";
export type { ExplainerView } from "./views/explainer-view";
export { type CitedRuleView, type VoteDecisionView, voteDecisionView } from "./views/vote-decision-view";
