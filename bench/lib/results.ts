import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { findProjectRoot } from "@legible/db";

/**
 * Keeps one run's results in bench/results as `<bench>-<time>.json` and `.md` (the table the
 * README quotes), named by when they were measured, and prints the table.
 */
export function saveResults(bench: string, results: { measuredAt: string }, table: string): void {
  const folder = path.join(findProjectRoot(), "bench", "results");
  mkdirSync(folder, { recursive: true });
  const stamp = results.measuredAt.replace(/[:.]/g, "-");
  writeFileSync(path.join(folder, `${bench}-${stamp}.json`), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(path.join(folder, `${bench}-${stamp}.md`), table);
  console.log(`\n${table}`);
}
