import type { Block, LintFinding } from "@legible/core";
import { blockAnchor, blockName } from "./block-kinds";

function focusBlock(blockId: string) {
  document.getElementById(blockAnchor(blockId))?.focus();
}

function count(n: number, one: string, many: string) {
  return `${n} ${n === 1 ? one : many}`;
}

/** Core's lint of the working copy: errors (which block publishing) and warnings, each linking to its block. */
export function LintPanel({ findings, blocks }: { findings: readonly LintFinding[]; blocks: readonly Block[] }) {
  const errors = findings.filter((finding) => finding.severity === "error");
  const warnings = findings.filter((finding) => finding.severity === "warning");
  const summary =
    findings.length === 0
      ? "No problems found. Every block cites a source and reads at grade 8 or below."
      : `${count(errors.length, "error", "errors")} (these block publishing), ${count(warnings.length, "warning", "warnings")}.`;
  return (
    <section aria-labelledby="lint-heading" className="rounded-card border border-line bg-paper p-4">
      <h2 id="lint-heading" className="font-serif text-xl font-bold">
        Checks
      </h2>
      <p id="lint-summary" className="mt-1" aria-live="polite">
        {summary}
      </p>
      {findings.length > 0 ? (
        <ul className="mt-2 space-y-2">
          {[...errors, ...warnings].map((finding) => {
            const position = blocks.findIndex((block) => block.id === finding.blockId);
            const block = blocks[position];
            return (
              <li key={`${finding.code}-${finding.blockId}-${finding.message}`} className="flex gap-2">
                <span
                  className={`h-fit shrink-0 rounded px-1.5 text-sm font-bold ${
                    finding.severity === "error" ? "bg-error text-paper" : "bg-warning text-ink"
                  }`}
                >
                  {finding.severity === "error" ? "Error" : "Warning"}
                </span>
                <span>
                  {block ? (
                    <a
                      href={`#${blockAnchor(finding.blockId)}`}
                      className="text-primary underline"
                      onClick={(event) => {
                        event.preventDefault();
                        focusBlock(finding.blockId);
                      }}
                    >
                      {blockName(block, position)}
                    </a>
                  ) : null}
                  {block ? ": " : ""}
                  {finding.message}
                </span>
              </li>
            );
          })}
        </ul>
      ) : null}
    </section>
  );
}
