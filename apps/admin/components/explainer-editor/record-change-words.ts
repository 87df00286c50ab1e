import { formatWhen } from "@/lib/form-kit/when";
import { collectionOfType } from "@/lib/records/registry";

/** A record an explainer shows that changed after its last review, as the staff API sends it. */
export interface RecordChangeItem {
  type: string;
  id: string;
  label: string;
  updatedAt: string;
  updatedBy: string | null;
  added: boolean;
}

/** One change in words: "Vote", a link to the record's own page, and "changed by Eddie Editor on …". */
export function recordChangeWords(change: RecordChangeItem): { kind: string; href: string | null; what: string } {
  const collection = collectionOfType(change.type);
  const singular = collection?.singular ?? change.type.replace(/-/g, " ");
  return {
    kind: `${singular.charAt(0).toUpperCase()}${singular.slice(1)}`,
    href: collection ? `/${collection.slug}/${encodeURIComponent(change.id)}` : null,
    what: `${change.added ? "added" : "changed"} by ${change.updatedBy ?? "someone"} on ${formatWhen(change.updatedAt)}`,
  };
}

/** "1 record changed", "3 records changed". */
export function changedCount(count: number): string {
  return `${count} ${count === 1 ? "record" : "records"} changed`;
}
