// The explainer renderer shared by the public site and the staff preview.
export { SHARED_MESSAGES, type SharedMessages } from "../messages";
export {
  type CitedSentence,
  type DecisionView,
  type DecisionWords,
  decisionWords,
  type VotesTranslate,
} from "./decision-words";
export { ExplainerArticle } from "./explainer-article";
export { type Inferred, InferredDetails, InferredMark } from "./inferred";
export {
  FRACTION_KEYS,
  type RecordsTranslate,
  shareInWords,
  type ThresholdValue,
  thresholdInWords,
} from "./threshold-words";
export type * from "./types";
export { voteOptionWords } from "./vote-options";
export { type ExplainerWords, explainerWords, type RecordKind, type Translate } from "./words";
