import { z } from "zod";
import { fromOcdDate, type PartialDate } from "../partial-date.js";
import { fail, type Issue, ok, type Result } from "../result.js";
import { IdSchema } from "../schemas/common.js";

/** True when `value` can serve as a Legible id. */
export function isId(value: unknown): value is string {
  return IdSchema.safeParse(value).success;
}

/**
 * Turns free text into a Legible id, for records imported from formats that have no id of
 * ours. Deterministic, so importing the same file twice yields the same ids.
 */
export function idFrom(...parts: string[]): string {
  const slug = parts
    .join(":")
    .normalize("NFKD")
    .replace(/[^A-Za-z0-9._:/~-]+/g, "-")
    .replace(/^[^A-Za-z0-9]+/, "")
    .slice(0, 200);
  return slug === "" ? "imported" : slug;
}

/** A date field in OCD or Popolo input, read to a partial date. */
export const OcdDateSchema = z.string().transform((value, ctx): PartialDate => {
  const date = fromOcdDate(value);
  if (date.ok) return date.value;
  ctx.addIssue({ code: "custom", message: date.issues[0]?.message ?? "is not a date" });
  return z.NEVER;
});

/** Prefixes every issue's path, so nested records report where they sit in the file. */
export function prefixIssues(issues: Issue[], prefix: string): Issue[] {
  return issues.map((issue) => ({
    path: issue.path === "" ? prefix : `${prefix}.${issue.path}`,
    message: issue.message,
  }));
}

/** Collects results; fails with every issue if any failed. */
export function all<T>(results: ReadonlyArray<{ result: Result<T>; path: string }>): Result<T[]> {
  const issues = results.flatMap(({ result, path }) => (result.ok ? [] : prefixIssues(result.issues, path)));
  if (issues.length > 0) return fail(issues);
  return ok(results.flatMap(({ result }) => (result.ok ? [result.value] : [])));
}

/** Copies only the keys whose values are defined, so optional fields stay absent. */
export function defined<T extends Record<string, unknown>>(record: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)) as {
    [K in keyof T]?: Exclude<T[K], undefined>;
  };
}
