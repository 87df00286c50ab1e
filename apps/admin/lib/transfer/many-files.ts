import type { ImportFormat } from "@legible/core";

// Many files chosen at once (several picked, or a folder) are sent in groups: each group one
// request under the server's 1 MB request limit, each saved in its own transaction. These are the
// pure parts: which files the format reads, how they are grouped, and how the groups' previews
// add up to one.

/** One chosen file's name (its path inside a chosen folder) and text. */
export interface ChosenFile {
  name: string;
  content: string;
}

/** The most one file, and one group together, may hold: the server's own limit. */
export const MAX_GROUP_BYTES = 800 * 1024;
/** The most files one request carries. */
export const MAX_GROUP_FILES = 500;

const EXTENSIONS: Record<ImportFormat, RegExp> = {
  "openstates-person": /\.ya?ml$/i,
  ocd: /\.json$/i,
  popolo: /\.json$/i,
  "legible-dataset": /\.json$/i,
};

/** True when a file in a chosen folder is one the format reads (a YAML file for Open States people). */
export function readsFile(format: ImportFormat, name: string): boolean {
  const base = name.split("/").pop() ?? name;
  return !base.startsWith(".") && EXTENSIONS[format].test(base);
}

/** How many bytes a file takes in a request, escaped as JSON. */
function requestBytes(file: ChosenFile): number {
  return new TextEncoder().encode(JSON.stringify(file)).length;
}

/**
 * Groups files so each group, escaped as JSON, stays under the limit and the file count. A file
 * over the limit by itself goes in `tooLarge`: it must be split.
 */
export function groupFiles(
  files: readonly ChosenFile[],
  limit = MAX_GROUP_BYTES,
  maxFiles = MAX_GROUP_FILES,
): { groups: ChosenFile[][]; tooLarge: string[] } {
  const groups: ChosenFile[][] = [];
  const tooLarge: string[] = [];
  let group: ChosenFile[] = [];
  let size = 0;
  for (const file of files) {
    const bytes = requestBytes(file);
    if (bytes > limit) {
      tooLarge.push(file.name);
      continue;
    }
    if (group.length > 0 && (size + bytes > limit || group.length >= maxFiles)) {
      groups.push(group);
      group = [];
      size = 0;
    }
    group.push(file);
    size += bytes;
  }
  if (group.length > 0) groups.push(group);
  return { groups, tooLarge };
}

interface Counts {
  create: number;
  update: number;
  skip: number;
}

interface PlanLike<R> {
  collections: Array<{ collection: string; records: R[]; counts: Counts }>;
  counts: Counts;
  problems: unknown[];
}

/** The shape of the server's outcome this needs; the staff app passes the router's own type. */
export interface OutcomeLike<R = unknown, I = unknown, S = unknown, M = unknown> {
  ok: boolean;
  plan: PlanLike<R> | null;
  issues?: I[];
  skipped: S[];
  matched?: M[];
}

function add(a: Counts, b: Counts): Counts {
  return { create: a.create + b.create, update: a.update + b.update, skip: a.skip + b.skip };
}

/** The groups' outcomes as one: counts added, each collection's records listed together, every problem kept. */
export function combineOutcomes<O extends OutcomeLike>(outcomes: readonly O[]): O {
  const collections = new Map<string, { collection: string; records: unknown[]; counts: Counts }>();
  let counts: Counts = { create: 0, update: 0, skip: 0 };
  const problems: unknown[] = [];
  let anyPlan = false;
  for (const outcome of outcomes) {
    if (!outcome.plan) continue;
    anyPlan = true;
    counts = add(counts, outcome.plan.counts);
    problems.push(...outcome.plan.problems);
    for (const c of outcome.plan.collections) {
      const known = collections.get(c.collection);
      if (known) {
        known.records.push(...c.records);
        known.counts = add(known.counts, c.counts);
      } else collections.set(c.collection, { collection: c.collection, records: [...c.records], counts: c.counts });
    }
  }
  const ok = outcomes.length > 0 && outcomes.every((o) => o.ok);
  const issues = outcomes.flatMap((o) => o.issues ?? []);
  return {
    ok,
    plan: anyPlan ? { collections: [...collections.values()], counts, problems } : null,
    ...(ok ? {} : { issues }),
    skipped: outcomes.flatMap((o) => o.skipped),
    matched: outcomes.flatMap((o) => o.matched ?? []),
  } as unknown as O;
}
