import type { ConnectorReport } from "@legible/connectors";
import Link from "next/link";
import { collectionOfType } from "@/lib/records/registry";

type Removals = NonNullable<ConnectorReport["removals"]>;
type Removed = Removals["removed"][number];

const TYPE_WORDS: Record<string, string> = {
  person: "Person",
  body: "Body",
  measure: "Measure",
  "vote-event": "Vote",
  meeting: "Meeting",
};

function RecordLink({ record }: { record: Removed }) {
  const config = collectionOfType(record.recordType);
  const name = record.name ?? record.recordId;
  return (
    <>
      {TYPE_WORDS[record.recordType] ?? record.recordType}:{" "}
      {config ? (
        <Link className="text-primary underline" href={`/${config.slug}/${encodeURIComponent(record.recordId)}`}>
          {name}
        </Link>
      ) : (
        name
      )}{" "}
      <span className="break-all font-mono text-sm text-muted">({record.key})</span>
    </>
  );
}

/** A run's "removed upstream" part: what it took off the public site, what came back, what it did not compare. */
export function RunRemovals({ removals }: { removals: Removals | undefined }) {
  if (!removals) return null;
  return (
    <section aria-labelledby="run-removals">
      <h3 id="run-removals" className="mt-6 text-xl font-bold">
        Removed upstream ({removals.removed.length})
      </h3>
      {removals.removed.length === 0 ? (
        <p className="mt-2">None: every record held is still listed upstream.</p>
      ) : (
        <>
          <p className="mt-2">
            Taken off the public site and kept; each waits on the{" "}
            <Link className="text-primary underline" href="/review">
              Review page
            </Link>
            .
          </p>
          <ul className="mt-2 list-disc pl-5">
            {removals.removed.map((record) => (
              <li key={`${record.recordType}:${record.recordId}`}>
                <RecordLink record={record} />
              </li>
            ))}
          </ul>
        </>
      )}
      {removals.restored.length > 0 && (
        <>
          <h3 className="mt-6 text-xl font-bold">Back upstream ({removals.restored.length})</h3>
          <p className="mt-2">Listed upstream again, so published again.</p>
          <ul className="mt-2 list-disc pl-5">
            {removals.restored.map((record) => (
              <li key={`${record.recordType}:${record.recordId}`}>
                <RecordLink record={record} />
              </li>
            ))}
          </ul>
        </>
      )}
      {removals.skipped.length > 0 && (
        <>
          <h3 className="mt-6 text-xl font-bold">Removals not applied</h3>
          <ul className="mt-2 list-disc pl-5">
            {removals.skipped.map((skip) => (
              <li key={skip.list}>
                {skip.list}: {skip.request && <span className="break-all font-mono text-sm">{skip.request}: </span>}
                {skip.reason}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
