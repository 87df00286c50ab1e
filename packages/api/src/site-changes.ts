import { type RecordChange, type TaggedKind, tagsChangedBy } from "@legible/core";
import { RECORD_COLLECTIONS, RECORD_KINDS, type RecordCollection } from "@legible/db";

// Collections whose records have pages of their own (or, for explainers, their measure's), by
// the kind their cache tags name. Terms, actions and statements have no pages: they appear on the
// pages of what they name (their person, body, measure), which their fields say.
const PAGE_KINDS: Partial<Record<RecordCollection, TaggedKind>> = {
  jurisdictions: "jurisdiction",
  sources: "source",
  bodies: "body",
  posts: "post",
  people: "person",
  measures: "measure",
  voteEvents: "vote",
  meetings: "meeting",
  explainers: "explainer",
};

// Records whose change shows wherever what they name is shown: a term is the office beside its
// person on every explainer and vote; an action is the stage beside its measure in every list.
const ALTERS: Partial<Record<RecordCollection, readonly TaggedKind[]>> = {
  memberships: ["person"],
  actions: ["measure"],
};

function measureIdOf(versions: readonly unknown[]): string | undefined {
  for (const version of versions) {
    const measureId = (version as { measureId?: unknown } | null)?.measureId;
    if (typeof measureId === "string") return measureId;
  }
  return undefined;
}

/**
 * The cache tags to refresh after records of one collection were saved, deleted or restored:
 * each record, what it named before and what it names now (pass both versions when there are
 * two), its kind's lists and the shared pages (core's `tagsChangedBy`).
 */
export function changedRecordTags(
  collection: RecordCollection,
  changes: readonly { id: string; versions: readonly unknown[] }[],
): string[] {
  const kind = PAGE_KINDS[collection];
  const recordChanges = changes.map(({ id, versions }): RecordChange => {
    const records = versions.filter((version) => version !== null && version !== undefined);
    if (kind === "explainer") {
      // An explainer's pages are its measure's: /explainers/<measure id>.
      const measureId = measureIdOf(records);
      return measureId ? { kind, id: measureId, records } : { records };
    }
    return kind ? { kind, id, records } : { records, alters: ALTERS[collection] };
  });
  return tagsChangedBy(recordChanges);
}

/** The same, for a record named by its stored type (`vote-event`, `person`…), as review items and the audit log name it. */
export function changedTagsOfType(type: string, id: string, versions: readonly unknown[]): string[] {
  const collection = RECORD_COLLECTIONS.find((each) => RECORD_KINDS[each].type === type);
  return collection ? changedRecordTags(collection, [{ id, versions }]) : tagsChangedBy([{ records: versions }]);
}
