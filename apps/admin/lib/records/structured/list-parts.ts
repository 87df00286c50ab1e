import type { Issue } from "@legible/core";
import { listItemSentence, sentenceFor } from "@/lib/form-kit/sentences";
import { listPlace, type PlacedPart, plainMessage, relativePath } from "./places";

/** One part of a list item as its problems name it. */
export interface ListPart {
  /** The part in a sentence: "name", "text". */
  words: string;
  /** What to say instead of core's "is required": "pick a person or type a name". */
  whenMissing?: string;
  /** The control that edits it, when not named after it: a sponsor's `personId` is picked in `record`. */
  control?: string;
}

/** A list editor's parts, and what to say about an item as a whole. */
export interface ListParts {
  /** The field's name on the record: `sponsors`. */
  name: string;
  /** An item by its place: "Sponsor" → "Sponsor 2". */
  itemLabel: string;
  parts: Record<string, ListPart>;
  /** The part a problem with the whole item shows on. */
  firstPart: string;
  /** What to say about a whole item core refuses (a related measure naming nothing). */
  whenItemIncomplete?: string;
}

/**
 * A problem of a list item (path relative to the list: `1.name`) in the item's words, with the
 * control it belongs to; null for a problem with the list as a whole.
 */
export function listItemPart(list: ListParts, path: string, message: string): PlacedPart | null {
  const place = listPlace(path);
  if (!place) return null;
  const label = `${list.itemLabel} ${place.index + 1}`;
  const known = place.part !== null && place.part in list.parts ? place.part : null;
  const part = known ?? list.firstPart;
  const target = `field-${list.name}-${place.index}-${list.parts[part]?.control ?? part}`;
  const plain = plainMessage(message);
  const item = String(place.index);
  if (known === null) {
    return { label, target, message: listItemSentence(list.itemLabel, item, list.whenItemIncomplete ?? plain) };
  }
  const words = list.parts[known] as ListPart;
  if (words.whenMissing && plain === "is required") {
    return { label, target, message: listItemSentence(list.itemLabel, item, words.whenMissing) };
  }
  const partLabels = { [known]: words.words.charAt(0).toUpperCase() + words.words.slice(1) };
  return { label, target, message: listItemSentence(list.itemLabel, path, plain, { partLabels }) };
}

/** The same, for the form's summary, from the record's own path (`sponsors.1.name`). */
export function listPartOf(list: ListParts) {
  return (path: string, message = ""): PlacedPart | null => {
    const relative = relativePath(path, list.name);
    return relative === null ? null : listItemPart(list, relative, message);
  };
}

/**
 * A list editor's problems (paths relative to the list) placed for drawing: each item part's
 * sentences by the control's id, and the rest (the list as a whole, or an item gone from the
 * screen) as sentences about the list.
 */
export function placeListIssues(
  list: ListParts,
  listLabel: string,
  issues: readonly Issue[],
  rowCount: number,
): { byTarget: Map<string, string[]>; listErrors: string[] } {
  const byTarget = new Map<string, string[]>();
  const listErrors: string[] = [];
  for (const issue of issues) {
    const place = listPlace(issue.path);
    const part = place && place.index < rowCount ? listItemPart(list, issue.path, issue.message) : null;
    if (part === null) {
      const message = sentenceFor(listLabel, plainMessage(issue.message));
      if (!listErrors.includes(message)) listErrors.push(message);
      continue;
    }
    const sentences = byTarget.get(part.target) ?? [];
    if (!sentences.includes(part.message)) byTarget.set(part.target, [...sentences, part.message]);
  }
  return { byTarget, listErrors };
}
