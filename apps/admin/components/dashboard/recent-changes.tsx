import { formatWhen } from "@/lib/form-kit/when";
import { describeChange } from "../explainer-editor/change-words";
import { DashboardCard } from "./dashboard-card";

interface Change {
  id: number;
  at: string;
  actorName: string | null;
  action: string;
  recordType: string;
  recordId: string;
  version: number | null;
}

/** The latest changes to any record: who, what, when. */
export function RecentChanges({ changes }: { changes: readonly Change[] }) {
  return (
    <DashboardCard id="recent-changes" title="Recent changes">
      {changes.length === 0 ? (
        <p className="mt-2">No one has changed anything yet.</p>
      ) : (
        <table className="mt-2 w-full text-left">
          <caption className="sr-only">The latest changes, newest first</caption>
          <thead>
            <tr className="border-b-2 border-line">
              <th scope="col" className="py-1 pr-3">
                When
              </th>
              <th scope="col" className="py-1">
                What happened
              </th>
            </tr>
          </thead>
          <tbody>
            {changes.map((change) => (
              <tr key={change.id} className="border-b border-line">
                <td className="py-1 pr-3 align-top whitespace-nowrap">
                  <time dateTime={change.at}>{formatWhen(change.at)}</time>
                </td>
                <td className="py-1">{describeChange(change)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </DashboardCard>
  );
}
