import { EmptyState } from "@legible/ui/empty-state";
import { Table } from "@legible/ui/table";
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
        <EmptyState title="No one has changed anything yet." />
      ) : (
        <Table
          caption="The latest changes, newest first"
          rows={changes}
          rowKey={(change) => String(change.id)}
          columns={[
            {
              key: "when",
              header: "When",
              className: "whitespace-nowrap",
              cell: (change) => <time dateTime={change.at}>{formatWhen(change.at)}</time>,
            },
            { key: "what", header: "What happened", cell: (change) => describeChange(change) },
          ]}
        />
      )}
    </DashboardCard>
  );
}
