import type { AdminRouter } from "@legible/api";
import { Table } from "@legible/ui/table";
import type { inferRouterOutputs } from "@trpc/server";
import { useId } from "react";
import { ACTION_WORDS, collectionName, counted, countsSentence, fieldWords, placeInFile } from "@/lib/transfer/words";

type Outcome = inferRouterOutputs<AdminRouter>["transfer"]["preview"];

/** A preview's or an import's outcome: problems first, then what happens to each record, by collection. */
export function ImportPreview({
  outcome,
  title,
  tense,
}: {
  outcome: Outcome;
  title: string;
  /** "will" for a preview, "did" for an import's result. */
  tense: "will" | "did";
}) {
  const headingId = useId();
  const plan = outcome.plan;
  return (
    <section aria-labelledby={headingId} className="mt-6">
      <h3 id={headingId} className="font-serif text-xl font-bold">
        {title}
      </h3>
      {!outcome.ok && (
        <div className="mt-3 rounded-card border-l-8 border-error bg-paper p-4">
          <h4 className="font-bold">
            {counted(outcome.issues.length, "problem")} to fix in the file. Nothing was saved.
          </h4>
          <ul className="mt-2 list-disc space-y-1 pl-6">
            {outcome.issues.map((issue) => (
              <li key={`${issue.file ?? ""}:${issue.path}:${issue.message}`}>
                {/* A syntax error's message already starts with its line. */}
                {issue.path === "" && issue.line !== undefined ? (
                  issue.file ? (
                    <span className="font-bold">{issue.file}: </span>
                  ) : null
                ) : (
                  <span className="font-bold">{placeInFile(issue)}: </span>
                )}
                {issue.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      {plan && (
        <>
          <p className="mt-3">In all: {countsSentence(plan.counts, outcome.ok ? tense : "will")}.</p>
          {plan.collections.map((collection) => (
            <div key={collection.collection} className="mt-4">
              <Table
                captionVisible
                caption={
                  <>
                    {collectionName(collection.collection)}:{" "}
                    {countsSentence(collection.counts, outcome.ok ? tense : "will")}
                  </>
                }
                rows={collection.records}
                rowKey={(record) => record.id}
                columns={[
                  {
                    key: "record",
                    header: "Record",
                    rowHeader: true,
                    cell: (record) => (
                      <>
                        {record.title}
                        <span className="block break-all text-sm text-muted">{record.id}</span>
                      </>
                    ),
                  },
                  {
                    key: "action",
                    header: "What happens",
                    className: "font-bold",
                    cell: (record) => ACTION_WORDS[record.action],
                  },
                  {
                    key: "why",
                    header: "Why, or what changes",
                    cell: (record) =>
                      record.action === "update" && record.changedFields?.length
                        ? `Changes ${fieldWords(record.changedFields)}`
                        : record.action === "create"
                          ? "New"
                          : (record.reason ?? ""),
                  },
                  {
                    key: "place",
                    header: "Place in the file",
                    // File paths run long without spaces: they wrap so the table fits and never scrolls.
                    className: "break-all font-mono text-sm",
                    cell: (record) => (record.place === "" ? "the file" : (record.place ?? "")),
                  },
                ]}
              />
            </div>
          ))}
        </>
      )}
      {outcome.matched && outcome.matched.length > 0 && (
        <div className="mt-4">
          <h4 className="font-bold">Already on record</h4>
          <p className="text-muted">
            These people are in Legible already. Their records stay as they are; only terms not on record are added.
          </p>
          <ul className="mt-1 list-disc space-y-1 pl-6">
            {outcome.matched.map((match) => (
              <li key={`${match.file ?? ""}:${match.path}`}>
                <span className="font-bold">{placeInFile(match)}</span> ({match.name}): the same person as{" "}
                <span className="font-mono text-sm">{match.personId}</span>, found by{" "}
                {match.basis === "identifier" ? "an id from another system" : "name and the same seat at the same time"}
                .
              </li>
            ))}
          </ul>
        </div>
      )}
      {outcome.skipped.length > 0 && (
        <div className="mt-4">
          <h4 className="font-bold">Not imported from the {outcome.skipped.some((s) => s.file) ? "files" : "file"}</h4>
          <ul className="mt-1 list-disc space-y-1 pl-6">
            {outcome.skipped.map((skip) => (
              <li key={`${skip.file ?? ""}:${skip.path}:${skip.title}`}>
                <span className="font-bold">{placeInFile(skip)}</span> ({skip.title}): skipped, {skip.reason}.
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
