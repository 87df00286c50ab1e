import type { PublicRouter } from "@legible/api";
import type { inferRouterOutputs } from "@trpc/server";

// The shapes the record pages render, as the public router returns them: pages pass these
// plain objects to components, which never query.
type Outputs = inferRouterOutputs<PublicRouter>;

export type MeasureView = Outputs["measures"]["page"];
export type VoteView = Outputs["votes"]["page"];
export type PersonView = Outputs["people"]["page"];
export type BodyView = Outputs["bodies"]["page"];
export type VoteSummaryView = Outputs["votes"]["recent"]["votes"][number];
export type StatementView = MeasureView["statements"][number];
export type SourceView = MeasureView["sources"][number];
export type CitationView = NonNullable<VoteView["math"]["seats"]>["citation"];
export type ThresholdValue = NonNullable<VoteView["math"]["applied"]>["threshold"];
export type SearchView = Outputs["search"]["query"];
export type SearchResultView = SearchView["results"][number];
export type CastVoteView = PersonView["votes"][number];
export type PersonVotesView = Outputs["people"]["votes"];
export type BodyVotesView = Outputs["bodies"]["votes"];
export type StatementsView = Outputs["people"]["statements"];
export type ListOwner = StatementsView["owner"];
export type ListPaging = StatementsView["paging"];
export type MeetingView = Outputs["meetings"]["page"];
export type MeetingSummaryView = MeasureView["meetings"][number];
export type BodyMeetingsView = Outputs["meetings"]["ofBody"];
export type BodyMeetingListView = Outputs["meetings"]["bodyList"];
