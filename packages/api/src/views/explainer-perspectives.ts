import { type Block, formatDate, type Locale, STANCES, type Stance, type Statement } from "@legible/core";
import type { PublishedExplainerPage } from "./explainer-page-records";
import { officesOf, speakerNameOf } from "./explainer-people";
import type { CitationRef, SourceNumbers } from "./explainer-sources";
import type { GlossaryAnchors, Paragraphs } from "./explainer-text";
import { type InferredView, inferredView, speakerInferredView } from "./inferred";

export interface StatementView {
  id: string;
  /** The words, exactly as the source gives them. */
  text: string;
  speakerName: string;
  /** Set when who said it was worked out rather than reported, with how. */
  speakerInferred: InferredView;
  /** The speaker's office now, in the records' words ("Mayor"); null for bodies and unknowns. */
  speakerRole: string | null;
  medium: Statement["medium"];
  date: string | null;
  dateInferred: InferredView;
  citations: CitationRef[];
}

export interface PerspectivesView {
  intro: Paragraphs;
  /** Statements grouped by stance, in core's order (supports, opposes, neutral, mixed). */
  groups: Array<{ stance: Stance; statements: StatementView[] }>;
  citations: CitationRef[];
}

type PerspectivesBlock = Extract<Block, { kind: "perspectives" }>;

/** The perspectives blocks' framing text and linked statements, grouped by where each speaker stands. */
export function perspectivesView(
  blocks: readonly PerspectivesBlock[],
  page: PublishedExplainerPage,
  context: { locale: Locale; sources: SourceNumbers; anchors: GlossaryAnchors },
): PerspectivesView | null {
  if (blocks.length === 0) return null;
  const { locale, sources, anchors } = context;
  const citations = sources.cite(blocks.flatMap((block) => block.citations));
  const statements = new Map(page.statements.map((statement) => [statement.id, statement]));
  const linked = blocks.flatMap((block) => block.statementIds).flatMap((id) => statements.get(id) ?? []);
  const views = new Map(
    linked.map((statement): [string, StatementView] => [
      statement.id,
      {
        id: statement.id,
        text: statement.text,
        speakerName: speakerNameOf(statement, page),
        speakerInferred: speakerInferredView(statement, locale),
        speakerRole: statement.speakerPersonId ? (officesOf(statement.speakerPersonId, page)[0]?.role ?? null) : null,
        medium: statement.medium,
        date: statement.date === null ? null : formatDate(statement.date, locale),
        dateInferred: inferredView(statement, "date", locale),
        citations: sources.citeIds([statement.sourceId]),
      },
    ]),
  );
  return {
    intro: blocks.flatMap((block) => (block.text ? anchors.paragraphs(block.text) : [])),
    groups: STANCES.map((stance) => ({
      stance,
      statements: linked.flatMap((statement) => (statement.stance === stance ? (views.get(statement.id) ?? []) : [])),
    })).filter((group) => group.statements.length > 0),
    citations,
  };
}
