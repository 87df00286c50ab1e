import { Table } from "@legible/ui/table";
import { diffRecords, showValue } from "@/lib/records/diff";

/** What one save changed, field by field: before and after. */
export function ChangeTable({ before, after, caption }: { before: unknown; after: unknown; caption: string }) {
  const changes = diffRecords(before, after);
  if (!changes.length) return <p className="mt-2 text-muted">No fields changed.</p>;
  return (
    <Table
      caption={caption}
      rows={changes}
      rowKey={(change) => change.path}
      columns={[
        {
          key: "field",
          header: "Field",
          rowHeader: true,
          className: "font-mono text-sm",
          cell: (change) => change.path,
        },
        {
          key: "before",
          header: "Before",
          className: "break-words",
          cell: (change) => <del className="decoration-error">{showValue(change.before)}</del>,
        },
        {
          key: "after",
          header: "After",
          className: "break-words",
          cell: (change) => <ins className="no-underline font-bold">{showValue(change.after)}</ins>,
        },
      ]}
    />
  );
}
