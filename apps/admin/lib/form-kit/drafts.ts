/**
 * Unsaved work kept in the browser (localStorage) so a reload or a closed tab loses nothing.
 * One draft per record and per version it was edited from: a draft made on version 3 is never
 * offered on version 4, which a colleague may have changed. Drafts are only ever offered,
 * never applied without asking, and go when saved or discarded, or after `DRAFT_MAX_AGE_MS`.
 */

/** Two weeks: long enough for a weekend away, short enough that a stale draft is not offered. */
export const DRAFT_MAX_AGE_MS = 14 * 24 * 60 * 60 * 1000;
const PREFIX = "legible:draft:";

export interface Draft<V> {
  savedAt: string;
  values: V;
}

/** The storage a draft lives in: localStorage in the browser, a map in tests. */
export type DraftStorage = Pick<Storage, "getItem" | "setItem" | "removeItem">;

/** The key of one record's draft: its kind, its id ("new" before it has one) and the version edited. */
export function draftKey(kind: string, id: string | null | undefined, version: number | null | undefined): string {
  return `${PREFIX}${kind}:${id ? encodeURIComponent(id) : "new"}:v${version ?? 0}`;
}

export function writeDraft<V>(storage: DraftStorage, key: string, values: V, now: Date = new Date()): void {
  try {
    storage.setItem(key, JSON.stringify({ savedAt: now.toISOString(), values } satisfies Draft<V>));
  } catch {
    // A full or forbidden storage only means no draft: the form itself still works.
  }
}

/** The draft under `key`, or null when there is none, it cannot be read, or it is too old (then it is removed). */
export function readDraft<V>(storage: DraftStorage, key: string, now: Date = new Date()): Draft<V> | null {
  let raw: string | null;
  try {
    raw = storage.getItem(key);
  } catch {
    return null;
  }
  if (!raw) return null;
  try {
    const draft = JSON.parse(raw) as Partial<Draft<V>>;
    const savedAt = Date.parse(draft.savedAt ?? "");
    if (Number.isNaN(savedAt) || draft.values === undefined || now.getTime() - savedAt > DRAFT_MAX_AGE_MS) {
      clearDraft(storage, key);
      return null;
    }
    return { savedAt: draft.savedAt as string, values: draft.values };
  } catch {
    clearDraft(storage, key);
    return null;
  }
}

export function clearDraft(storage: DraftStorage, key: string): void {
  try {
    storage.removeItem(key);
  } catch {
    // Nothing to do: the draft will expire.
  }
}
