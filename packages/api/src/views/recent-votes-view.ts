import type { Locale } from "@legible/core";
import type { Repositories } from "@legible/db";
import { byId, type VoteSummaryView, voteSummary } from "./record-parts";

export type RecentVotes = Awaited<ReturnType<Repositories["recentVotes"]>>;

export function buildRecentVotesView(records: RecentVotes, locale: Locale): VoteSummaryView[] {
  const bodies = byId(records.bodies);
  const measures = byId(records.measures);
  return records.votes.map((vote) => voteSummary(vote, bodies, measures, locale));
}
