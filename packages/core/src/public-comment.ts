import { z } from "zod";
import { type Citation, CitationSchema, LocalizedTextSchema, WebUrlSchema } from "./schemas/common.js";

// How residents take part in a body's meetings ("how to have your say"), as cited data like the
// body's voting rules: each part carries the citation (rules of order, a meeting notice) that
// establishes it. A part left out is unknown, and pages say "not on record" rather than guess.

function cited<T extends z.ZodType>(value: T) {
  return z.object({ value, citation: CitationSchema });
}

const allowed = z.boolean({ error: "must say yes or no" });

/** Speaking at the meeting in person, and how long each speaker gets when the rules say. */
export const InPersonCommentSchema = z.object({
  allowed,
  minutesPerSpeaker: z
    .int({ error: "must be a whole number of minutes" })
    .min(1, { error: "must be 1 minute or more" })
    .max(60, { error: "must be at most 60 minutes" })
    .optional(),
});

/** Speaking from afar (by phone or video), and where to join when there is one address for it. */
export const RemoteCommentSchema = z.object({
  allowed,
  link: WebUrlSchema.optional(),
});

/**
 * Comments in writing: where to send them (an email address or a web form) and how many hours
 * before the meeting starts they must arrive, when the rules set a deadline.
 */
export const WrittenCommentSchema = z.object({
  allowed,
  email: z.email({ error: "must be an email address" }).max(320).optional(),
  link: WebUrlSchema.optional(),
  hoursBefore: z
    .int({ error: "must be a whole number of hours" })
    .min(0, { error: "must be 0 or more" })
    .max(24 * 30, { error: "must be at most 720 hours (30 days)" })
    .optional(),
});

/** How to sign up to speak, in both languages, and until how many minutes before the start. */
export const SignUpRuleSchema = z.object({
  how: LocalizedTextSchema,
  closesMinutesBefore: z
    .int({ error: "must be a whole number of minutes" })
    .min(0, { error: "must be 0 or more" })
    .max(24 * 60 * 7, { error: "must be at most a week (10,080 minutes)" })
    .optional(),
});

/** Where meetings are held: the street address, the room, and a page about the place. */
export const CommentPlaceSchema = z.object({
  address: z.string().trim().min(1, { error: "is required" }).max(300, { error: "must be at most 300 characters" }),
  room: z.string().trim().min(1).max(200, { error: "must be at most 200 characters" }).optional(),
  link: WebUrlSchema.optional(),
});

/** The parts of "how to have your say", in the order pages show them. */
export const PUBLIC_COMMENT_PARTS = ["inPerson", "remote", "written", "signUp", "where"] as const;

/** A part of a body's public-comment rules. */
export type PublicCommentPart = (typeof PUBLIC_COMMENT_PARTS)[number];

/** A body's public-comment rules: every part cited, every part optional (unknown when left out). */
export const PublicCommentRulesSchema = z.object({
  inPerson: cited(InPersonCommentSchema).optional(),
  remote: cited(RemoteCommentSchema).optional(),
  written: cited(WrittenCommentSchema).optional(),
  signUp: cited(SignUpRuleSchema).optional(),
  where: cited(CommentPlaceSchema).optional(),
});

/** A body's public-comment rules. */
export type PublicCommentRules = z.infer<typeof PublicCommentRulesSchema>;

/** Every citation in a body's public-comment rules with its dotted path (`written.citation`). */
export function publicCommentCitations(rules: PublicCommentRules): Array<{ path: string; citation: Citation }> {
  return PUBLIC_COMMENT_PARTS.flatMap((part) => {
    const found = rules[part];
    return found ? [{ path: `${part}.citation`, citation: found.citation }] : [];
  });
}

/**
 * The instants a meeting's written-comment deadline and speaker sign-up fall on, worked out from
 * the rules' "hours before" and "minutes before" and the meeting's start (an instant with its
 * offset). Each is null when the rules do not set it or do not allow that way of taking part.
 */
export interface PublicCommentDeadlines {
  writtenBy: string | null;
  signUpClosesAt: string | null;
}

export function publicCommentDeadlines(rules: PublicCommentRules, meetingStart: string): PublicCommentDeadlines {
  const start = Date.parse(meetingStart);
  const before = (milliseconds: number | undefined) =>
    milliseconds === undefined || Number.isNaN(start) ? null : new Date(start - milliseconds).toISOString();
  const written = rules.written?.value;
  const hours = written?.allowed ? written.hoursBefore : undefined;
  const minutes = rules.signUp?.value.closesMinutesBefore;
  return {
    writtenBy: before(hours === undefined ? undefined : hours * 3_600_000),
    signUpClosesAt: before(minutes === undefined ? undefined : minutes * 60_000),
  };
}
