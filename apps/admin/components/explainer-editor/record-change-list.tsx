import Link from "next/link";
import { type RecordChangeItem, recordChangeWords } from "./record-change-words";

/** Records that changed after an explainer's last review: what (a link to it), who and when. */
export function RecordChangeList({ changes, more = 0 }: { changes: readonly RecordChangeItem[]; more?: number }) {
  return (
    <ul className="mt-1 list-disc space-y-1 pl-6">
      {changes.map((change) => {
        const words = recordChangeWords(change);
        return (
          <li key={`${change.type}:${change.id}`}>
            <span className="font-bold">{words.kind}</span>{" "}
            {words.href ? (
              <Link href={words.href} className="break-words text-primary underline">
                {change.label}
              </Link>
            ) : (
              change.label
            )}{" "}
            <span className="text-muted">{words.what}</span>
          </li>
        );
      })}
      {more > 0 ? <li>and {more} more: open the explainer to see every change</li> : null}
    </ul>
  );
}
