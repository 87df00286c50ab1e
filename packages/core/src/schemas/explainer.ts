import { z } from "zod";
import { CitationSchema, editableFields, IdSchema, LocaleSchema, oneOf, TimestampSchema } from "./common.js";

/** Explainer workflow states. */
export const EXPLAINER_STATUSES = ["draft", "in-review", "published"] as const;

/** Block kinds whose content is plain text. */
export const TEXT_BLOCK_KINDS = [
  "summary",
  "what-it-does",
  "what-it-does-not-do",
  "who-it-affects",
  "what-happens-next",
  "background",
] as const;

/** Every block kind, in reading order. */
export const BLOCK_KINDS = [...TEXT_BLOCK_KINDS, "perspectives", "questions", "glossary"] as const;

/** A block kind. */
export type BlockKind = (typeof BLOCK_KINDS)[number];

const blockBase = {
  id: IdSchema,
  /** Every block cites where its facts come from; lint flags a block without citations. */
  citations: z.array(CitationSchema),
};

/** Room for a long paragraph or answer; a block is meant to be read in a minute. */
const text = z
  .string()
  .trim()
  .min(1, { error: "is required" })
  .max(10_000, { error: "must be at most 10,000 characters" });

/**
 * A text block. In `text`, mark a glossary term as `[[term]]` or `[[term|words shown]]`;
 * lint checks each marked term is defined in the glossary.
 */
export const TextBlockSchema = z.object({ ...blockBase, kind: oneOf(TEXT_BLOCK_KINDS, "block kind"), text });

/** Perspectives: linked statements, ideally from more than one side, with optional framing text. */
export const PerspectivesBlockSchema = z.object({
  ...blockBase,
  kind: z.literal("perspectives"),
  text: text.optional(),
  statementIds: z.array(IdSchema),
});

/** Questions and answers. */
export const QuestionsBlockSchema = z.object({
  ...blockBase,
  kind: z.literal("questions"),
  items: z.array(z.object({ question: text, answer: text })),
});

/** Glossary: plain definitions of the terms other blocks mark. */
export const GlossaryBlockSchema = z.object({
  ...blockBase,
  kind: z.literal("glossary"),
  entries: z.array(z.object({ term: text, definition: text })),
});

/** One block of an explainer. */
export const BlockSchema = z.discriminatedUnion("kind", [
  TextBlockSchema,
  PerspectivesBlockSchema,
  QuestionsBlockSchema,
  GlossaryBlockSchema,
]);

/** One block of an explainer. */
export type Block = z.infer<typeof BlockSchema>;

/** An immutable snapshot taken at each publish. */
export const RevisionSchema = z.object({
  number: z.int().min(1),
  publishedAt: TimestampSchema,
  /** Who published it (a user id). */
  publishedBy: z.string().min(1).max(200).optional(),
  headline: text,
  blocks: z.array(BlockSchema),
});

/** An immutable snapshot taken at each publish. */
export type Revision = z.infer<typeof RevisionSchema>;

/** A public correction: what was wrong, and when it was fixed. */
export const CorrectionSchema = z.object({
  id: IdSchema,
  date: TimestampSchema,
  text,
  /** The revision that carries the fix. */
  revision: z.int().min(1).optional(),
});

/** A public correction. */
export type Correction = z.infer<typeof CorrectionSchema>;

/**
 * The plain-language page for a measure in one locale. A Spanish explainer translates an
 * English one and points at it with `translationOf`. Publishing adds a {@link Revision};
 * revisions are never edited, and fixes are logged as {@link Correction}s.
 */
export const ExplainerSchema = z.object({
  id: IdSchema,
  measureId: IdSchema,
  locale: LocaleSchema,
  translationOf: IdSchema.optional(),
  status: oneOf(EXPLAINER_STATUSES, "status"),
  headline: text,
  blocks: z.array(BlockSchema),
  revisions: z.array(RevisionSchema),
  corrections: z.array(CorrectionSchema),
  /**
   * What a reviewer asked to change when they last sent it back to draft, for its writers;
   * cleared when it is submitted again. Set only by that review step, never by an edit.
   */
  reviewNote: text.optional(),
  ...editableFields,
});

/** The plain-language page for a measure in one locale. */
export type Explainer = z.infer<typeof ExplainerSchema>;
