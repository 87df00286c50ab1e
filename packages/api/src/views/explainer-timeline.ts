import { type ActionClassification, buildTimeline, formatDate, type Locale, type TimelineEntry } from "@legible/core";
import type { PublishedExplainerPage } from "./explainer-page-records";
import { speakerNameOf } from "./explainer-people";
import type { CitationRef, SourceNumbers } from "./explainer-sources";
import { type InferredView, inferredView, speakerInferredView } from "./inferred";

export interface TimelineItemView {
  id: string;
  kind: "action" | "vote" | "statement";
  /** Formatted at the date's precision; null when unknown. */
  date: string | null;
  /** Set when the date was worked out rather than reported, with how. */
  dateInferred: InferredView;
  /** The record's words: an action's description, a vote's motion, a quote. */
  text: string;
  classification: ActionClassification[];
  /** The vote card this entry was decided by, or is. */
  voteId: string | null;
  speakerName: string | null;
  /** Set when who said it was worked out rather than reported, with how. */
  speakerInferred: InferredView;
  citations: CitationRef[];
}

/**
 * The measure's dated steps, in core's timeline order. A vote that decided an action is shown
 * with that action rather than twice; statements without a date are left to the perspectives.
 */
export function timelineView(
  page: PublishedExplainerPage,
  context: { locale: Locale; sources: SourceNumbers },
): TimelineItemView[] {
  const { locale, sources } = context;
  const actionIds = new Set(page.actions.map((action) => action.id));
  const voteOfAction = new Map(
    page.voteEvents.flatMap((vote) =>
      vote.actionId && actionIds.has(vote.actionId) ? [[vote.actionId, vote.id]] : [],
    ),
  );
  const entries = buildTimeline({
    actions: page.actions,
    votes: page.voteEvents.filter((vote) => !vote.actionId || !actionIds.has(vote.actionId)),
    statements: page.statements.filter((statement) => statement.date !== null),
  });

  // The explainer's timeline is built without meetings; the measure's page shows them.
  const item = (entry: Exclude<TimelineEntry, { kind: "meeting" }>): TimelineItemView => {
    const record = entry.kind === "action" ? entry.action : entry.kind === "vote" ? entry.vote : entry.statement;
    const base = {
      id: entry.id,
      date: entry.date === null ? null : formatDate(entry.date, locale),
      dateInferred: inferredView(record, "date", locale),
    };
    if (entry.kind === "action") {
      return {
        ...base,
        kind: "action",
        text: entry.action.description,
        classification: entry.action.classification,
        voteId: voteOfAction.get(entry.id) ?? null,
        speakerName: null,
        speakerInferred: null,
        citations: sources.citeIds(entry.action.sourceIds),
      };
    }
    if (entry.kind === "vote") {
      return {
        ...base,
        kind: "vote",
        text: entry.vote.motionText,
        classification: [],
        voteId: entry.id,
        speakerName: null,
        speakerInferred: null,
        citations: sources.citeIds(entry.vote.sourceIds),
      };
    }
    return {
      ...base,
      kind: "statement",
      text: entry.statement.text,
      classification: [],
      voteId: null,
      speakerName: speakerNameOf(entry.statement, page),
      speakerInferred: speakerInferredView(entry.statement, locale),
      citations: sources.citeIds([entry.statement.sourceId]),
    };
  };
  return entries.flatMap((entry) => (entry.kind === "meeting" ? [] : [item(entry)]));
}
