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
    issues.push({ path: formatPath(path), message: issue.message });
  }
  return issues;
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
