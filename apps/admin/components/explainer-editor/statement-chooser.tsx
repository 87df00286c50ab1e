"use client";

import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "@/lib/trpc";

/** Checkboxes for the measure's statements that a perspectives block links to. */
export function StatementChooser({
  blockId,
  measureId,
  selected,
  onChange,
}: {
  blockId: string;
  measureId: string;
  selected: readonly string[];
  onChange: (statementIds: string[]) => void;
}) {
  const trpc = useTRPC();
  const statements = useQuery(trpc.statements.list.queryOptions({ filters: { measureId }, pageSize: 100 }));
  const toggle = (id: string, on: boolean) =>
    onChange(on ? [...selected, id] : selected.filter((statementId) => statementId !== id));
  return (
    <fieldset className="mt-4 rounded border border-line p-3">
      <legend className="px-1 font-bold">Statements about this measure</legend>
      {statements.isPending ? <p>Loading statements…</p> : null}
      {statements.isError ? <p className="text-error">Statements could not be loaded.</p> : null}
      {statements.data?.items.length === 0 ? (
        <p className="text-muted">No statements about this measure are on record yet.</p>
      ) : null}
      <ul className="space-y-2">
        {statements.data?.items.map((statement) => {
          const id = `${blockId}-statement-${statement.id}`;
          return (
            <li key={statement.id} className="flex gap-2">
              <input
                id={id}
                type="checkbox"
                className="mt-1 size-5 shrink-0"
                checked={selected.includes(statement.id)}
                onChange={(event) => toggle(statement.id, event.target.checked)}
              />
              <label htmlFor={id}>
                “{statement.title}”
                <span className="block text-sm text-muted">{statement.detail.filter(Boolean).join(" · ")}</span>
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
