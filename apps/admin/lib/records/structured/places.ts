// Where a structured editor's problems go: each beside the control its path names, in the
// editor's own words ("Sponsor 2: pick a person or type a name"), and the same words in the
// error summary, which links to that control.

/** A problem as an editor shows it: the control it belongs to, and the sentence beside it. */
export interface PlacedPart {
  /** How the summary names the part: "Sponsor 2", "Quorum". */
  label: string;
  /** The id of the control the summary's link focuses. */
  target: string;
  /** The whole sentence, shown beside the control and in the summary. */
  message: string;
}

/** One relative path as the record names it: `1.name` in `sponsors` → `sponsors.1.name`. */
export function relativePath(path: string, name: string): string | null {
  if (path === name) return "";
  return path.startsWith(`${name}.`) ? path.slice(name.length + 1) : null;
}

/**
 * Core's messages that would show staff JSON or a validator's type names, in plain words;
 * the rest pass as they are.
 */
export function plainMessage(message: string): string {
  const trimmed = message.trim();
  if (/^must be a share like/.test(trimmed)) return "must be a whole number of votes, 1 or more";
  if (/^a citation needs a sourceId/.test(trimmed)) return "pick the source that says so";
  if (/^Invalid input: expected (int|number)/.test(trimmed)) return "must be a whole number";
  if (/^Invalid input: expected/.test(trimmed)) return "is required";
  return trimmed;
}

/** Where a list item's problem sits: `1.name` → item 1, part `name`; `1` → item 1 as a whole. */
export function listPlace(path: string): { index: number; part: string | null } | null {
  const match = /^(\d+)(?:\.(\w+))?/.exec(path);
  if (!match) return null;
  return { index: Number(match[1]), part: match[2] ?? null };
}

/** The id of a control in a structured editor: `field-rules-quorum-value-count`. */
export function controlId(name: string, path: string): string {
  return path ? `field-${name}-${path.replace(/\./g, "-")}` : `field-${name}`;
}
