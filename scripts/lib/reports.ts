import { existsSync, readFileSync } from "node:fs";

export interface Tally {
  passed: number;
  failed: number;
  skipped: number;
}

export const emptyTally = (): Tally => ({ passed: 0, failed: 0, skipped: 0 });

export function addTally(into: Tally, from: Tally): Tally {
  into.passed += from.passed;
  into.failed += from.failed;
  into.skipped += from.skipped;
  return into;
}

interface VitestReport {
  testResults: Array<{ assertionResults: Array<{ fullName: string; status: string }> }>;
}

/** Vitest's JSON report, tallied per label: a test counts under every label its full name matches. */
export function tallyVitest(
  file: string,
  labels: Record<string, RegExp>,
): { total: Tally; byLabel: Record<string, Tally> } {
  const total = emptyTally();
  const byLabel = Object.fromEntries(Object.keys(labels).map((label) => [label, emptyTally()]));
  if (!existsSync(file)) return { total, byLabel };
  const report = JSON.parse(readFileSync(file, "utf8")) as VitestReport;
  for (const result of report.testResults.flatMap((file) => file.assertionResults)) {
    const one = emptyTally();
    if (result.status === "passed") one.passed = 1;
    else if (result.status === "failed") one.failed = 1;
    else one.skipped = 1;
    addTally(total, one);
    for (const [label, pattern] of Object.entries(labels)) {
      const tally = byLabel[label];
      if (tally && pattern.test(result.fullName)) addTally(tally, one);
    }
  }
  return { total, byLabel };
}

interface PlaywrightSuite {
  specs?: Array<{ tests: Array<{ projectName: string; status: string }> }>;
  suites?: PlaywrightSuite[];
}

/** Playwright's JSON report, tallied per project (one project per app). */
export function tallyPlaywright(file: string): { total: Tally; byProject: Record<string, Tally> } {
  const total = emptyTally();
  const byProject: Record<string, Tally> = {};
  if (!existsSync(file)) return { total, byProject };
  const report = JSON.parse(readFileSync(file, "utf8")) as { suites: PlaywrightSuite[] };
  const visit = (suite: PlaywrightSuite) => {
    for (const test of (suite.specs ?? []).flatMap((spec) => spec.tests)) {
      const one = emptyTally();
      if (test.status === "expected" || test.status === "flaky") one.passed = 1;
      else if (test.status === "skipped") one.skipped = 1;
      else one.failed = 1;
      addTally(total, one);
      byProject[test.projectName] ??= emptyTally();
      addTally(byProject[test.projectName] as Tally, one);
    }
    for (const child of suite.suites ?? []) visit(child);
  };
  for (const suite of report.suites) visit(suite);
  return { total, byProject };
}

export function formatTally(tally: Tally): string {
  return `${tally.passed} passed, ${tally.failed} failed${tally.skipped ? `, ${tally.skipped} skipped` : ""}`;
}
