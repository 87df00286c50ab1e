import type { ConnectorReport } from "@legible/connectors";
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
        <p className="mt-2">No records were read.</p>
      ) : (
        <table className="mt-3 border-collapse bg-paper text-left">
          <caption className="sr-only">Records by kind</caption>
          <thead>
            <tr className="border-b-2 border-ink">
              <th scope="col" className="p-2">
                Kind
              </th>
              <th scope="col" className="p-2 text-right">
                Created
              </th>
              <th scope="col" className="p-2 text-right">
                Updated
              </th>
              <th scope="col" className="p-2 text-right">
                Unchanged
              </th>
              <th scope="col" className="p-2 text-right">
                Skipped
              </th>
            </tr>
          </thead>
          <tbody>
            {kinds.map(([kind, c]) => (
              <tr key={kind} className="border-b border-line">
                <th scope="row" className="p-2 font-normal">
                  {kindWords(kind)}
                </th>
                <td className="p-2 text-right">{c.created}</td>
                <td className="p-2 text-right">{c.updated}</td>
                <td className="p-2 text-right">{c.unchanged}</td>
                <td className="p-2 text-right">{c.skipped}</td>
              </tr>
            ))}
          </tbody>
        </table>
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
        <table className="mt-3 border-collapse bg-paper text-left">
          <caption className="sr-only">Values set aside, with where and why</caption>
          <thead>
            <tr className="border-b-2 border-ink">
              <th scope="col" className="p-2">
                Where
              </th>
              <th scope="col" className="p-2">
                Value
              </th>
              <th scope="col" className="p-2">
                Why
              </th>
            </tr>
          </thead>
          <tbody>
            {quarantined.map((q, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the same place may hold two problems
              <tr key={`${q.place}:${i}`} className="border-b border-line align-top">
                <td className="break-all p-2 font-mono text-sm">{q.place}</td>
                <td className="break-all p-2 font-mono text-sm">{q.value ?? ""}</td>
                <td className="p-2">{q.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
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
