import type { LintFinding } from "@legible/core";
import Link from "next/link";
import { DashboardCard } from "./dashboard-card";

interface Entry {
  id: string;
  headline: string;
  locale: string;
  findings: LintFinding[];
}

const LANGUAGES: Record<string, string> = { en: "English", es: "Spanish" };

/** Lint findings per unpublished explainer: errors first, each explainer a link to fix it. */
export function LintSummary({ entries }: { entries: readonly Entry[] }) {
  return (
    <DashboardCard id="lint-findings" title="Problems in unpublished explainers">
      {entries.length === 0 ? (
        <p className="mt-2">No problems found in drafts or explainers waiting for review.</p>
      ) : (
        <ul className="mt-2 space-y-3">
          {entries.map((entry) => {
            const errors = entry.findings.filter((finding) => finding.severity === "error");
            const warnings = entry.findings.filter((finding) => finding.severity === "warning");
            return (
              <li key={entry.id}>
                <Link href={`/explainers/${encodeURIComponent(entry.id)}`} className="font-bold text-primary underline">
                  {entry.headline}
                </Link>{" "}
                <span className="text-sm text-muted">
                  ({LANGUAGES[entry.locale] ?? entry.locale}: {errors.length} {errors.length === 1 ? "error" : "errors"}
                  , {warnings.length} {warnings.length === 1 ? "warning" : "warnings"})
                </span>
                <ul className="mt-1 list-disc space-y-1 pl-6 text-sm">
                  {[...errors, ...warnings].map((finding) => (
                    <li key={`${finding.code}-${finding.blockId}-${finding.message}`}>
                      <span className="font-bold">{finding.severity === "error" ? "Error" : "Warning"}:</span>{" "}
                      {finding.message}
                    </li>
                  ))}
                </ul>
              </li>
            );
          })}
        </ul>
      )}
    </DashboardCard>
  );
}
