import { diffRecords, showValue } from "@/lib/records/diff";

/** What one save changed, field by field: before and after. */
export function ChangeTable({ before, after, caption }: { before: unknown; after: unknown; caption: string }) {
  const changes = diffRecords(before, after);
  if (!changes.length) return <p className="mt-2 text-muted">No fields changed.</p>;
  return (
    <div className="mt-2 overflow-x-auto">
      <table className="w-full border-collapse">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-ink text-left">
            <th scope="col" className="p-2">
              Field
            </th>
            <th scope="col" className="p-2">
              Before
            </th>
            <th scope="col" className="p-2">
              After
            </th>
          </tr>
        </thead>
        <tbody>
          {changes.map((change) => (
            <tr key={change.path} className="border-b border-line align-top">
              <th scope="row" className="p-2 text-left font-mono text-sm font-normal">
                {change.path}
              </th>
              <td className="p-2 break-words">
                <del className="decoration-error">{showValue(change.before)}</del>
              </td>
              <td className="p-2 break-words">
                <ins className="no-underline font-bold">{showValue(change.after)}</ins>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
