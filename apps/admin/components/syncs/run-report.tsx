import type { ConnectorReport } from "@legible/connectors";
import { EmptyState } from "@legible/ui/empty-state";
import { Table } from "@legible/ui/table";
import { RunRemovals } from "../review/run-removals";

/** A finished run's report: counts per kind, records skipped, records removed upstream, values set aside. */
export function RunReport({ report }: { report: Partial<ConnectorReport> | null }) {
  if (!report) return null;
  const kinds = Object.entries(report.kinds ?? {}).filter(
    ([, c]) => c.created + c.updated + c.unchanged + c.skipped > 0,
  );
  const quarantined = report.quarantined ?? [];
  const skipped = report.skipped ?? [];
  return (
    <section aria-labelledby="run-report" className="mt-8">
      <h2 id="run-report" className="font-serif text-2xl font-bold">
        Report
      </h2>
      {kinds.length === 0 ? (
        <EmptyState title="No records were read." />
      ) : (
        <Table
          caption="Records by kind"
          rows={kinds}
          rowKey={([kind]) => kind}
          columns={[
            { key: "kind", header: "Kind", rowHeader: true, cell: ([kind]) => kindWords(kind) },
            { key: "created", header: "Created", align: "right", cell: ([, c]) => c.created },
            { key: "updated", header: "Updated", align: "right", cell: ([, c]) => c.updated },
            { key: "unchanged", header: "Unchanged", align: "right", cell: ([, c]) => c.unchanged },
            { key: "skipped", header: "Skipped", align: "right", cell: ([, c]) => c.skipped },
          ]}
        />
      )}
      {skipped.length > 0 && (
        <>
          <h3 className="mt-6 text-xl font-bold">Skipped</h3>
          <ul className="mt-2 list-disc pl-5">
            {skipped.map((s) => (
              <li key={`${s.kind}:${s.reason}`}>
                {s.count} {kindWords(s.kind).toLowerCase()}: {s.reason}
              </li>
            ))}
          </ul>
        </>
      )}
      <RunRemovals removals={report.removals} />
      <h3 className="mt-6 text-xl font-bold">Values set aside</h3>
      {quarantined.length === 0 ? (
        <p className="mt-2">None: every value read fit.</p>
      ) : (
        <Table
          caption="Values set aside, with where and why"
          // The same place may hold two problems: rows are keyed by their order.
          rows={quarantined.map((q, index) => ({ ...q, key: `${q.place}:${index}` }))}
          rowKey={(q) => q.key}
          columns={[
            { key: "where", header: "Where", className: "break-all font-mono text-sm", cell: (q) => q.place },
            { key: "value", header: "Value", className: "break-all font-mono text-sm", cell: (q) => q.value ?? "" },
            { key: "why", header: "Why", cell: (q) => q.reason },
          ]}
        />
      )}
    </section>
  );
}

const KIND_WORDS: Record<string, string> = {
  bodies: "Bodies",
  people: "People",
  posts: "Posts",
  memberships: "Memberships",
  measures: "Measures",
  actions: "Actions",
  voteEvents: "Votes",
  meetings: "Meetings",
  sources: "Sources",
  statements: "Statements",
  jurisdictions: "Jurisdictions",
};

function kindWords(kind: string): string {
  return KIND_WORDS[kind] ?? kind;
}
