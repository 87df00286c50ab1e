import type { ReactNode } from "react";

/** Short labelled facts about a record, as a description list: label above value on phones, side by side on wider screens. */
export function RecordFacts({ facts }: { facts: { label: string; value: ReactNode }[] }) {
  return (
    <dl className="grid gap-x-6 gap-y-2 rounded-card border border-line bg-paper p-4 sm:grid-cols-[max-content_1fr]">
      {facts.map((fact) => (
        <div key={fact.label} className="contents">
          <dt className="font-bold">{fact.label}</dt>
          <dd className="mb-2 sm:mb-0">{fact.value}</dd>
        </div>
      ))}
    </dl>
  );
}
