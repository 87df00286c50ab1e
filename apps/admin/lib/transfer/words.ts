import type { ImportFormat } from "@legible/core";

/** The formats staff choose from, with a hint on what each file holds. */
export const FORMAT_CHOICES: ReadonlyArray<{ value: ImportFormat; label: string; hint: string; accept: string }> = [
  {
    value: "popolo",
    label: "Popolo (JSON)",
    hint: "People, organizations, posts, memberships and votes.",
    accept: ".json,application/json",
  },
  {
    value: "openstates-person",
    label: "Open States people (YAML)",
    hint: "One person per YAML document. Roles are matched to bodies and posts already in Legible.",
    accept: ".yaml,.yml,text/yaml",
  },
  {
    value: "ocd",
    label: "Open Civic Data (JSON)",
    hint: "One bill, vote event, person or organization, or a list of them.",
    accept: ".json,application/json",
  },
  {
    value: "legible-dataset",
    label: "Legible dataset (JSON)",
    hint: "A whole dataset, as the export below writes it.",
    accept: ".json,application/json",
  },
];

const COLLECTION_NAMES: Record<string, string> = {
  jurisdictions: "Jurisdictions",
  sources: "Sources",
  bodies: "Bodies",
  posts: "Posts",
  people: "People",
  memberships: "Memberships (terms)",
  measures: "Measures",
  actions: "Actions",
  voteEvents: "Votes",
  statements: "Statements",
  explainers: "Explainers",
};

/** "Votes" for voteEvents: how the staff menu names each collection. */
export function collectionName(collection: string): string {
  return COLLECTION_NAMES[collection] ?? collection;
}

/** A count with its noun: "1 record", "3 records". */
export function counted(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}

export interface Counts {
  create: number;
  update: number;
  skip: number;
}

/** "2 new, 1 updated, 4 unchanged or skipped", leaving out what is zero. */
export function countsSentence(counts: Counts, tense: "will" | "did"): string {
  const parts = [
    counts.create && `${counts.create} ${tense === "will" ? "to create" : "created"}`,
    counts.update && `${counts.update} ${tense === "will" ? "to update" : "updated"}`,
    counts.skip && `${counts.skip} ${tense === "will" ? "to skip" : "skipped"}`,
  ].filter(Boolean);
  return parts.length ? parts.join(", ") : "nothing";
}

/**
 * Where a problem is, in words: "line 6, at roles.0.start_date", or "the whole file"; with the
 * file's name first when several files were read at once.
 */
export function placeInFile(issue: { path: string; line?: number; file?: string }): string {
  const at = issue.path === "" ? "" : `at ${issue.path}`;
  const where =
    issue.line !== undefined && at ? `line ${issue.line}, ${at}` : issue.line !== undefined ? `line ${issue.line}` : at;
  if (issue.file) return where ? `${issue.file}, ${where}` : issue.file;
  return where || "the whole file";
}

/** The verb a staff member reads for each planned action. */
export const ACTION_WORDS = { create: "Create", update: "Update", skip: "Skip" } as const;

/** Field names as people say them: `familyName` → "family name". */
export function fieldWords(fields: readonly string[]): string {
  return fields.map((field) => field.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase()).join(", ");
}
