import type { Issue } from "@legible/core";

/** Problems sorted by the form field they belong to; the rest concern the record as a whole. */
export interface IssuesByField {
  byField: Record<string, Issue[]>;
  general: Issue[];
}

/**
 * The field a problem's path belongs to: the field named by the path or by its longest
 * leading part (`counts.yes` belongs to `counts`, `rollCall.2.option` to `rollCall`).
 */
export function fieldOfPath(path: string, fieldNames: readonly string[]): string | null {
  let best: string | null = null;
  for (const name of fieldNames) {
    if ((path === name || path.startsWith(`${name}.`)) && (best === null || name.length > best.length)) best = name;
  }
  return best;
}

export function issuesByField(issues: readonly Issue[], fieldNames: readonly string[]): IssuesByField {
  const grouped: IssuesByField = { byField: {}, general: [] };
  for (const issue of issues) {
    const field = fieldOfPath(issue.path, fieldNames);
    if (field === null) grouped.general.push(issue);
    else grouped.byField[field] = [...(grouped.byField[field] ?? []), issue];
  }
  return grouped;
}

/** A field's problems with paths relative to it (`agenda.2.text` → `2.text`; the field itself → ``). */
export function relativeTo(name: string, issues: readonly Issue[]): Issue[] {
  return issues.map((issue) => ({
    ...issue,
    path: issue.path === name ? "" : issue.path.startsWith(`${name}.`) ? issue.path.slice(name.length + 1) : issue.path,
  }));
}

/** The reverse of `relativeTo`: a structured editor's problems with the field's name in front again. */
export function absoluteIn(name: string, issues: readonly Issue[]): Issue[] {
  return issues.map((issue) => ({ ...issue, path: issue.path ? `${name}.${issue.path}` : name }));
}

/** zod's flattened field errors (`{ name: ["is required"] }`) as issues. */
export function issuesOfFieldErrors(fieldErrors: Record<string, string[] | undefined> | null | undefined): Issue[] {
  if (!fieldErrors) return [];
  return Object.entries(fieldErrors).flatMap(([path, messages]) =>
    (messages ?? []).map((message) => ({ path, message })),
  );
}

/**
 * react-hook-form's nested errors (`{ agenda: { 2: { text: { message } } } }`) as issues with
 * dotted paths, the shape core and the server use. `root` errors concern the whole form.
 */
export function issuesOfFormErrors(errors: unknown, prefix = ""): Issue[] {
  if (!errors || typeof errors !== "object") return [];
  const node = errors as Record<string, unknown>;
  const own =
    typeof node.message === "string" && typeof node.type === "string" ? [{ path: prefix, message: node.message }] : [];
  const nested = Object.entries(node).flatMap(([key, child]) => {
    if (key === "ref" || key === "message" || key === "type" || key === "types") return [];
    if (key === "root" && prefix === "") return issuesOfFormErrors(child).map((issue) => ({ ...issue, path: "" }));
    return issuesOfFormErrors(child, prefix ? `${prefix}.${key}` : key);
  });
  return [...own, ...nested];
}
