import type { ExplainerView } from "@legible/api";

/** The explainer page's data, as the view builder (packages/api's buildExplainerView) gives it. */
export type { ExplainerView };
export type TextBlockView = NonNullable<ExplainerView["summary"]>;
export type Paragraphs = TextBlockView["paragraphs"];
export type TextPart = Paragraphs[number][number];
export type CitationRef = TextBlockView["citations"][number];
export type StageView = ExplainerView["stage"];
export type VoteCardView = ExplainerView["votes"][number];
export type TimelineItemView = ExplainerView["timeline"][number];
/** A person in the explainer's who's who (not the person page's record view). */
export type ExplainerPerson = ExplainerView["people"][number];
/** A body in the explainer's who's who (not the body page's record view). */
export type ExplainerBody = ExplainerView["bodies"][number];
export type PerspectivesView = NonNullable<ExplainerView["perspectives"]>;
export type StatementView = PerspectivesView["groups"][number]["statements"][number];
export type RelatedMeasureView = ExplainerView["relatedMeasures"][number];
export type SourceView = ExplainerView["sources"][number];

/**
 * The `lang` of record text (titles, descriptions, quotes) on this page: set only when the
 * records' language differs from the page's, so screen readers switch voice for it.
 */
export type RecordLang = string | undefined;
