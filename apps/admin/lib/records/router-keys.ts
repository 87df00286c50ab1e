/** The admin router's record collections the staff app edits with the shared record screens. */
export const RECORD_ROUTER_KEYS = [
  "measures",
  "voteEvents",
  "actions",
  "people",
  "bodies",
  "posts",
  "memberships",
  "statements",
  "meetings",
  "sources",
  "jurisdictions",
] as const;

export type RecordRouterKey = (typeof RECORD_ROUTER_KEYS)[number];
