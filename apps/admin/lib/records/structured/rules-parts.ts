import {
  MEASURE_CLASSIFICATIONS,
  type MeasureClassification,
  MOTION_RULE_KINDS,
  type MotionRuleKind,
} from "@legible/core";
import { fieldOfPath } from "@/lib/form-kit/issues";
import { controlId, type PlacedPart, plainMessage, relativePath } from "./places";

// Every control of the voting rules editor by the path core's problems name it with, and how
// the error summary names it: "Quorum (votes needed) must be 1 or more."

/** The words for each motion the rules may give a share of its own (as the public body page says them). */
export const MOTION_WORDS: Record<MotionRuleKind, string> = {
  "reading-1": "A first reading",
  "reading-2": "A second reading",
  "reading-3": "A third reading",
  "amendment-passage": "An amendment",
  "committee-passage": "A committee's vote",
  urgency: "An urgency clause",
  reconsideration: "Taking up a vote again",
  "suspension-of-rules": "Setting aside the rules",
  deferral: "Putting a measure off",
  referral: "Sending a measure to a committee",
};

/** "To pass an ordinance". */
export function passageWords(kind: MeasureClassification): string {
  const article = /^[aeiou]/.test(kind) ? "an" : "a";
  return `To pass ${article} ${kind.replace(/-/g, " ")}`;
}

function citationControls(path: string, label: string): Array<[string, string]> {
  return [
    [`${path}.citation`, `${label} (source)`],
    [`${path}.citation.locator`, `${label} (where in the source)`],
  ];
}

function thresholdControls(path: string, label: string): Array<[string, string]> {
  return [
    [path, label],
    [`${path}.value`, `${label} (share)`],
    [`${path}.value.count`, `${label} (votes needed)`],
    ...citationControls(path, label),
  ];
}

function effectControls(path: string, label: string): Array<[string, string]> {
  return [
    [path, label],
    [`${path}.value.from`, `${label} (counted from)`],
    [`${path}.value.days`, `${label} (days)`],
    ...citationControls(path, label),
  ];
}

/** Each control's path (relative to the rules) and its name in a sentence. */
export const RULE_CONTROLS: ReadonlyMap<string, string> = new Map<string, string>([
  ["seats.value", "Seats"],
  ...citationControls("seats", "Seats"),
  ...thresholdControls("quorum", "Quorum"),
  ["passage", "What each kind of measure needs"],
  ...MEASURE_CLASSIFICATIONS.flatMap((kind) => thresholdControls(`passage.${kind}`, passageWords(kind))),
  ...thresholdControls("otherActions", "Any other action"),
  ["motions", "Motions"],
  ...MOTION_RULE_KINDS.flatMap((kind) => thresholdControls(`motions.${kind}`, MOTION_WORDS[kind])),
  ["readings", "Readings"],
  ["readings.value.appliesTo", "Readings (kinds of measure)"],
  ["readings.value.count", "Readings (how many)"],
  ...citationControls("readings", "Readings"),
  ["executive", "Signature or veto"],
  ["executive.title.en", "The executive, in English"],
  ["executive.title.es", "The executive, in Spanish"],
  ["executive.postId", "The executive's post"],
  ["executive.appliesTo", "Signature or veto (kinds of measure)"],
  ["executive.daysToAct.value", "Days to act"],
  ...citationControls("executive.daysToAct", "Days to act"),
  ["executive.dayKind", "Days to act (kind of day)"],
  ["executive.ifNoAction.value", "If the executive does nothing"],
  ...citationControls("executive.ifNoAction", "If the executive does nothing"),
  ...thresholdControls("executive.override", "Veto override"),
  ...effectControls("effect", "When a law takes effect"),
  ...effectControls("urgentEffect", "When an urgent law takes effect"),
]);

const CONTROL_PATHS = [...RULE_CONTROLS.keys()];
const RULE_WORDS = /^(is|must|are|has|needs|cannot|points)\b/;

/** The control a problem (path relative to the rules) belongs to; "" for the rules as a whole. */
export function ruleControlOf(path: string): string {
  return fieldOfPath(path, CONTROL_PATHS) ?? "";
}

/** A rules problem in the editor's words, on its control. */
export function rulePart(path: string, message: string): PlacedPart {
  const control = ruleControlOf(path);
  const label = control ? (RULE_CONTROLS.get(control) ?? "Voting rules") : "Voting rules";
  const plain = plainMessage(message);
  const sentence = RULE_WORDS.test(plain) ? `${label} ${plain}` : `${label}: ${plain}`;
  return { label, target: controlId("rules", control), message: /[.!?]$/.test(sentence) ? sentence : `${sentence}.` };
}

/** The same, for the form's summary, from the record's own path (`rules.quorum.value.count`). */
export function rulesPartOf(path: string, message = ""): PlacedPart | null {
  const relative = relativePath(path, "rules");
  return relative === null ? null : rulePart(relative, message);
}
