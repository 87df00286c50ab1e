/**
 * `@legible/core`: the civic domain of local legislation. Typed, validated models of
 * measures, officials, bodies and votes; vote math and status rules computed from rules
 * kept as data; and Open Civic Data, Popolo, schema.org and CSV formats.
 *
 * @packageDocumentation
 */

export * from "./alerts.js";
export * from "./browse.js";
export * from "./cache-tags.js";
export * from "./consistency.js";
export * from "./formats/csv.js";
export * from "./formats/dataset.js";
export * from "./formats/import.js";
export * from "./formats/legistar.js";
export * from "./formats/ocd.js";
export * from "./formats/ocd-scrape.js";
export * from "./formats/openstates.js";
export * from "./formats/popolo.js";
export * from "./formats/schema-org.js";
export * from "./formats/schema-org-article.js";
export * from "./formats/schema-org-people.js";
export * from "./glossary.js";
export * from "./identity.js";
export * from "./lint.js";
export * from "./majority.js";
export * from "./motion.js";
export * from "./next-steps.js";
export {
  computeVoteOutcome,
  type PresentRange,
  presentRange,
  type VoteOutcome,
  type VoteOutcomeInput,
} from "./outcome.js";
export * from "./paging.js";
export * from "./parse.js";
export {
  addDays,
  compareDates,
  type DatePrecision,
  type DayRange,
  datePrecision,
  dateRange,
  formatDate,
  fromOcdDate,
  isPartialDate,
  type PartialDate,
  PartialDateSchema,
  parsePartialDate,
  relateDates,
  toOcdDate,
  weekOf,
} from "./partial-date.js";
export * from "./process.js";
export * from "./public-comment.js";
export * from "./readability.js";
export { formatPath, type Issue, parseWith, type Result } from "./result.js";
export * from "./review.js";
export * from "./rules.js";
export * from "./schemas/action.js";
export * from "./schemas/body.js";
export {
  type Citation,
  CitationSchema,
  IdSchema,
  LOCALES,
  type Locale,
  LocaleSchema,
  type LocalizedText,
  LocalizedTextSchema,
  RECORD_TYPES,
  type RecordRef,
  RecordRefSchema,
  TimestampSchema,
  VersionSchema,
  WebUrlSchema,
} from "./schemas/common.js";
export * from "./schemas/explainer.js";
export * from "./schemas/identifier.js";
export * from "./schemas/inference.js";
export * from "./schemas/jurisdiction.js";
export * from "./schemas/measure.js";
export * from "./schemas/meeting.js";
export * from "./schemas/people.js";
export * from "./schemas/source.js";
export * from "./schemas/staff-account.js";
export * from "./schemas/statement.js";
export * from "./schemas/sync-source.js";
export * from "./schemas/vote-event.js";
export * from "./search.js";
export * from "./stage.js";
export * from "./term-status.js";
export * from "./terms.js";
export * from "./timeline.js";
export * from "./upstream-merge.js";
export * from "./vote-decision.js";
