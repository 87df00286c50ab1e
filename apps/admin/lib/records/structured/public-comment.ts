import type { PublicCommentPart } from "@legible/core";
import { fieldOfPath } from "@/lib/form-kit/issues";
import { controlId, type PlacedPart, plainMessage, relativePath } from "./places";
import { type CitationForm, wholeNumber } from "./voting-rules";

// A body's public-comment rules ("how to have your say") as the staff editor holds them: every
// part off (not on record) until staff say what the rules allow and cite where they say so.

/** Whether the rules allow it; "unknown" leaves the part out (not on record). */
export type Allowed = "unknown" | "yes" | "no";

export interface PublicCommentForm {
  inPerson: { allowed: Allowed; minutes: string; citation: CitationForm };
  remote: { allowed: Allowed; link: string; citation: CitationForm };
  written: { allowed: Allowed; email: string; link: string; hoursBefore: string; citation: CitationForm };
  signUp: { set: boolean; howEn: string; howEs: string; closesMinutesBefore: string; citation: CitationForm };
  where: { set: boolean; address: string; room: string; link: string; citation: CitationForm };
}

/** How the editor and its error summary name each part. */
export const PART_WORDS: Record<PublicCommentPart, string> = {
  inPerson: "Speaking in person",
  remote: "Speaking from afar (phone or video)",
  written: "Comments in writing",
  signUp: "Signing up to speak",
  where: "Where meetings are held",
};

const obj = (value: unknown): Record<string, unknown> =>
  value !== null && typeof value === "object" ? (value as Record<string, unknown>) : {};
const text = (value: unknown) => (typeof value === "string" ? value : "");
const numberText = (value: unknown) => (typeof value === "number" ? String(value) : text(value));

function citationFormOf(value: unknown): CitationForm {
  const citation = obj(value);
  return { sourceId: text(citation.sourceId), locator: text(citation.locator) };
}

function allowedOf(part: unknown): Allowed {
  if (part === undefined || part === null) return "unknown";
  return obj(obj(part).value).allowed === false ? "no" : "yes";
}

/** The editor's form for a record's rules (or none). */
export function publicCommentFormOf(value: unknown): PublicCommentForm {
  const rules = obj(value);
  const part = (key: PublicCommentPart) => ({ cited: obj(rules[key]), value: obj(obj(rules[key]).value) });
  const inPerson = part("inPerson");
  const remote = part("remote");
  const written = part("written");
  const signUp = part("signUp");
  const where = part("where");
  return {
    inPerson: {
      allowed: allowedOf(rules.inPerson),
      minutes: numberText(inPerson.value.minutesPerSpeaker),
      citation: citationFormOf(inPerson.cited.citation),
    },
    remote: {
      allowed: allowedOf(rules.remote),
      link: text(remote.value.link),
      citation: citationFormOf(remote.cited.citation),
    },
    written: {
      allowed: allowedOf(rules.written),
      email: text(written.value.email),
      link: text(written.value.link),
      hoursBefore: numberText(written.value.hoursBefore),
      citation: citationFormOf(written.cited.citation),
    },
    signUp: {
      set: rules.signUp !== undefined && rules.signUp !== null,
      howEn: text(obj(signUp.value.how).en),
      howEs: text(obj(signUp.value.how).es),
      closesMinutesBefore: numberText(signUp.value.closesMinutesBefore),
      citation: citationFormOf(signUp.cited.citation),
    },
    where: {
      set: rules.where !== undefined && rules.where !== null,
      address: text(where.value.address),
      room: text(where.value.room),
      link: text(where.value.link),
      citation: citationFormOf(where.cited.citation),
    },
  };
}

function citationOf(form: CitationForm) {
  return {
    ...(form.sourceId ? { sourceId: form.sourceId } : {}),
    ...(form.locator.trim() ? { locator: form.locator.trim() } : {}),
  };
}

/** A blank optional box leaves the value out; anything typed goes to core, which checks it. */
function optional<K extends string>(key: K, raw: string, number = false): Partial<Record<K, string | number>> {
  const trimmed = raw.trim();
  if (!trimmed) return {};
  return { [key]: number ? wholeNumber(trimmed) : trimmed } as Partial<Record<K, string | number>>;
}

/** The record's rules for the form; `undefined` when no part is on record. */
export function publicCommentOf(form: PublicCommentForm | undefined): Record<string, unknown> | undefined {
  if (!form) return undefined;
  const rules: Record<string, unknown> = {};
  const { inPerson, remote, written, signUp, where } = form;
  if (inPerson.allowed !== "unknown") {
    rules.inPerson = {
      value: {
        allowed: inPerson.allowed === "yes",
        ...(inPerson.allowed === "yes" ? optional("minutesPerSpeaker", inPerson.minutes, true) : {}),
      },
      citation: citationOf(inPerson.citation),
    };
  }
  if (remote.allowed !== "unknown") {
    rules.remote = {
      value: { allowed: remote.allowed === "yes", ...(remote.allowed === "yes" ? optional("link", remote.link) : {}) },
      citation: citationOf(remote.citation),
    };
  }
  if (written.allowed !== "unknown") {
    const open = written.allowed === "yes";
    rules.written = {
      value: {
        allowed: open,
        ...(open ? optional("email", written.email) : {}),
        ...(open ? optional("link", written.link) : {}),
        ...(open ? optional("hoursBefore", written.hoursBefore, true) : {}),
      },
      citation: citationOf(written.citation),
    };
  }
  if (signUp.set) {
    rules.signUp = {
      value: {
        how: { en: signUp.howEn, es: signUp.howEs },
        ...optional("closesMinutesBefore", signUp.closesMinutesBefore, true),
      },
      citation: citationOf(signUp.citation),
    };
  }
  if (where.set) {
    rules.where = {
      value: { address: where.address, ...optional("room", where.room), ...optional("link", where.link) },
      citation: citationOf(where.citation),
    };
  }
  return Object.keys(rules).length ? rules : undefined;
}

function citationControls(part: PublicCommentPart): Array<[string, string]> {
  return [
    [`${part}.citation`, `${PART_WORDS[part]} (source)`],
    [`${part}.citation.locator`, `${PART_WORDS[part]} (where in the source)`],
  ];
}

/** Each control's path (relative to the rules) and its name in a sentence. */
export const PUBLIC_COMMENT_CONTROLS: ReadonlyMap<string, string> = new Map<string, string>([
  ["inPerson", PART_WORDS.inPerson],
  ["inPerson.value.minutesPerSpeaker", "Minutes each speaker gets"],
  ...citationControls("inPerson"),
  ["remote", PART_WORDS.remote],
  ["remote.value.link", "Address to join from afar"],
  ...citationControls("remote"),
  ["written", PART_WORDS.written],
  ["written.value.email", "Email for written comments"],
  ["written.value.link", "Web form for written comments"],
  ["written.value.hoursBefore", "Hours before the meeting written comments must arrive"],
  ...citationControls("written"),
  ["signUp", PART_WORDS.signUp],
  ["signUp.value.how.en", "How to sign up, in English"],
  ["signUp.value.how.es", "How to sign up, in Spanish"],
  ["signUp.value.closesMinutesBefore", "Minutes before the meeting sign-up closes"],
  ...citationControls("signUp"),
  ["where", PART_WORDS.where],
  ["where.value.address", "Street address"],
  ["where.value.room", "Room"],
  ["where.value.link", "Page about the place"],
  ...citationControls("where"),
]);

const CONTROL_PATHS = [...PUBLIC_COMMENT_CONTROLS.keys()];
const RULE_WORDS = /^(is|must|are|has|needs|cannot|points)\b/;

/** The control a problem (path relative to the rules) belongs to; "" for the rules as a whole. */
export function publicCommentControlOf(path: string): string {
  return fieldOfPath(path, CONTROL_PATHS) ?? "";
}

/** A problem in the editor's words, on its control. */
export function publicCommentPart(path: string, message: string): PlacedPart {
  const control = publicCommentControlOf(path);
  const label = control ? (PUBLIC_COMMENT_CONTROLS.get(control) ?? "How to have your say") : "How to have your say";
  const plain = plainMessage(message);
  const sentence = RULE_WORDS.test(plain) ? `${label} ${plain}` : `${label}: ${plain}`;
  return {
    label,
    target: controlId("publicComment", control),
    message: /[.!?]$/.test(sentence) ? sentence : `${sentence}.`,
  };
}

/** The same, for the form's summary, from the record's own path (`publicComment.written.value.email`). */
export function publicCommentPartOf(path: string, message = ""): PlacedPart | null {
  const relative = relativePath(path, "publicComment");
  return relative === null ? null : publicCommentPart(relative, message);
}
