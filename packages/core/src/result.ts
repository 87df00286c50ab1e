import type { z } from "zod";

/**
 * One problem found in outside data: where it is and what is wrong with it.
 *
 * `path` is a dotted path into the input (`counts.yes`, `rollCall.2.option`); the empty
 * string means the input as a whole. Dotted strings were chosen over arrays because they
 * can key form errors and log lines without further formatting.
 */
export interface Issue {
  /** Dotted path to the bad field, such as `rollCall.2.option`; `""` for the whole input. */
  path: string;
  /** Why the field is bad, in plain English, naming allowed values where there is a list. */
  message: string;
}

/**
 * The outcome of reading outside data. Parsers in this package return a `Result` and never
 * throw on bad input, so callers handle every failure where it happens.
 */
export type Result<T> = { ok: true; value: T } | { ok: false; issues: Issue[] };

/** Makes a successful {@link Result}. */
export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

/** Makes a failed {@link Result} from one or more issues. */
export function fail<T = never>(issues: Issue[]): Result<T> {
  return { ok: false, issues };
}

/** Joins a path such as `["rollCall", 2, "option"]` into `rollCall.2.option`. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  return path.map((part) => String(part)).join(".");
}

/**
 * Turns zod's issues into {@link Issue}s. Zod reports all unknown keys of an object as one
 * issue at the object's path; we split them so each bad field gets its own line.
 */
export function issuesFromZod(error: z.ZodError, prefix: ReadonlyArray<PropertyKey> = []): Issue[] {
  const issues: Issue[] = [];
  for (const issue of error.issues) {
    const path = [...prefix, ...issue.path];
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) {
        issues.push({ path: formatPath([...path, key]), message: unknownKeyMessage(issue.message, key) });
      }
      continue;
    }
    issues.push({ path: formatPath(path), message: plainMessage(issue) });
  }
  return issues;
}

const KIND_OF_VALUE: Record<string, string> = {
  string: "text",
  number: "a number",
  int: "a whole number",
  boolean: "true or false",
  array: "a list",
  object: "an object",
  date: "a date",
};

/**
 * Zod's own wording ("Invalid input: expected string, received undefined") in words a person
 * fixing a form or a file understands. Messages our schemas set themselves pass through.
 */
function plainMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === "invalid_type" && issue.message.startsWith("Invalid input")) {
    if (issue.message.endsWith("received undefined")) return "is required";
    return `must be ${KIND_OF_VALUE[issue.expected] ?? issue.expected}`;
  }
  if (issue.code === "too_small" && issue.message.startsWith("Too small") && issue.origin === "string") {
    return Number(issue.minimum) <= 1 ? "is required" : `must be at least ${issue.minimum} characters`;
  }
  if (issue.code === "too_big" && issue.message.startsWith("Too big") && issue.origin === "string") {
    return `must be at most ${issue.maximum} characters`;
  }
  if (issue.code === "too_big" && issue.message.startsWith("Too big") && issue.origin === "array") {
    return `must have at most ${issue.maximum} items`;
  }
  return issue.message;
}

function unknownKeyMessage(message: string, key: string): string {
  // Zod's default message names every unknown key at once; ours (such as the vote options
  // list) name none. Either way the reader needs the one key this line is about.
  return message.startsWith("Unrecognized key") ? `"${key}" is not a known field` : `"${key}" ${message}`;
}

/**
 * Validates `input` against `schema` and returns a {@link Result} instead of throwing.
 * Exported so that packages building on these schemas report errors the same way.
 */
export function parseWith<S extends z.ZodType>(schema: S, input: unknown): Result<z.output<S>> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, issues: issuesFromZod(parsed.error) };
}
