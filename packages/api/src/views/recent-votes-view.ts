import type { Locale } from "@legible/core";
import type { Repositories } from "@legible/db";
import { byId, RECORD_LANGUAGE, type VoteSummaryView, voteSummary } from "./record-parts";

export type RecentVotes = Awaited<ReturnType<Repositories["recentVotes"]>>;

export interface RecentVotesView {
  recordLanguage: typeof RECORD_LANGUAGE;
  /** Newest first. */
  votes: VoteSummaryView[];
}

export function buildRecentVotesView(records: RecentVotes, locale: Locale): RecentVotesView {
  const bodies = byId(records.bodies);
  const measures = byId(records.measures);
  return {
    recordLanguage: RECORD_LANGUAGE,
    votes: records.votes.map((vote) => voteSummary(vote, bodies, measures, locale)),
  };
}
