import Link from "next/link";
import { formatWhen } from "@/lib/form-kit/when";
import { RecordChangeList } from "../explainer-editor/record-change-list";
import type { RecordChangeItem } from "../explainer-editor/record-change-words";
import { changedCount } from "../explainer-editor/record-change-words";
import { DashboardCard } from "./dashboard-card";

interface Entry {
  explainerId: string;
  headline: string;
  locale: string;
  reviewedAt: string;
  changes: readonly RecordChangeItem[];
  moreChanges: number;
}

const LANGUAGES: Record<string, string> = { en: "English", es: "Spanish" };

/**
 * Published explainers that show records changed since a reviewer last published or checked
 * them: each a link to its editor, with what changed, who changed it and when.
 */
export function RecordsChanged({ entries, total }: { entries: readonly Entry[]; total: number }) {
  return (
    <DashboardCard id="records-changed" title="Explainers whose records changed">
      {entries.length === 0 ? (
        <p className="mt-2">Every published explainer matches its records as they were when it was last reviewed.</p>
      ) : (
        <>
          <p className="mt-2">
            Records these explainers show changed after they were last reviewed. Readers see a note saying so until a
            reviewer publishes the explainer again or confirms it is still correct.
          </p>
          <ul className="mt-3 space-y-4">
            {entries.map((entry) => (
              <li key={entry.explainerId}>
                <Link
                  href={`/explainers/${encodeURIComponent(entry.explainerId)}`}
                  className="font-bold text-primary underline"
                >
                  {entry.headline}
                </Link>
                <span className="block text-sm text-muted">
                  {LANGUAGES[entry.locale] ?? entry.locale} · last reviewed {formatWhen(entry.reviewedAt)} ·{" "}
                  {changedCount(entry.changes.length + entry.moreChanges)}
                </span>
                <RecordChangeList changes={entry.changes} more={entry.moreChanges} />
              </li>
            ))}
          </ul>
          {total > entries.length ? (
            <p className="mt-3">
              Showing {entries.length} of {total} explainers, the most recent changes first.
            </p>
          ) : null}
        </>
      )}
    </DashboardCard>
  );
}
