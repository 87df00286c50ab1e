/**
 * `@legible/core`: the civic domain of local legislation. Typed, validated models of
 * measures, officials, bodies and votes; vote math and status rules computed from rules
 * kept as data; and Open Civic Data, Popolo, schema.org and CSV formats.
 *
 * @packageDocumentation
 */

export { type Issue, type Result, parseWith, formatPath } from "./result.js";
export {
  type PartialDate,
  type DatePrecision,
  type DayRange,
  PartialDateSchema,
  isPartialDate,
  parsePartialDate,
  datePrecision,
  dateRange,
  weekOf,
  compareDates,
  relateDates,
  formatDate,
  toOcdDate,
  fromOcdDate,
} from "./partial-date.js";
export {
  IdSchema,
  VersionSchema,
  TimestampSchema,
  LOCALES,
  LocaleSchema,
  type Locale,
  LocalizedTextSchema,
  type LocalizedText,
  RECORD_TYPES,
  RecordRefSchema,
  type RecordRef,
  CitationSchema,
  type Citation,
} from "./schemas/common.js";
export * from "./schemas/jurisdiction.js";
export * from "./schemas/source.js";
export * from "./schemas/body.js";
export * from "./schemas/people.js";
export * from "./schemas/measure.js";
export * from "./schemas/action.js";
export * from "./schemas/vote-event.js";
export * from "./schemas/statement.js";
export * from "./schemas/explainer.js";
export * from "./rules.js";
export * from "./parse.js";
export {
  type VoteOutcomeInput,
  type VoteOutcome,
  type PresentRange,
  computeVoteOutcome,
  presentRange,
} from "./outcome.js";
export * from "./consistency.js";
export * from "./terms.js";
export * from "./stage.js";
export * from "./timeline.js";
export * from "./readability.js";
export * from "./lint.js";
