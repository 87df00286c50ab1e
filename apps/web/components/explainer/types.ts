import type { PublicRouter } from "@legible/api";
import type { inferRouterOutputs } from "@trpc/server";

/** The explainer page's data, as the public router's `explainers.page` returns it. */
export type ExplainerView = inferRouterOutputs<PublicRouter>["explainers"]["page"];
export type TextBlockView = NonNullable<ExplainerView["summary"]>;
export type Paragraphs = TextBlockView["paragraphs"];
export type TextPart = Paragraphs[number][number];
export type CitationRef = TextBlockView["citations"][number];
export type StageView = ExplainerView["stage"];
export type VoteCardView = ExplainerView["votes"][number];
export type TimelineItemView = ExplainerView["timeline"][number];
export type PersonView = ExplainerView["people"][number];
export type BodyView = ExplainerView["bodies"][number];
export type PerspectivesView = NonNullable<ExplainerView["perspectives"]>;
export type StatementView = PerspectivesView["groups"][number]["statements"][number];
export type RelatedMeasureView = ExplainerView["relatedMeasures"][number];
export type SourceView = ExplainerView["sources"][number];

/**
 * The `lang` of record text (titles, descriptions, quotes) on this page: set only when the
 * records' language differs from the page's, so screen readers switch voice for it.
 */
export type RecordLang = string | undefined;
