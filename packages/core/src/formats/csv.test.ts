import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as arb from "../fixtures/arbitraries.test-support.js";
import * as seed from "../fixtures/seed-story.test-support.js";
import { VOTE_OPTIONS } from "../schemas/vote-event.js";
import { neutralizeFormula, readCsv, rollCallsToCsv, voteEventsFromCsv, voteEventsToCsv, writeCsv } from "./csv.js";

const field = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 12 }),
  fc.constantFrom(
    "",
    ",",
    '"',
    '""',
    "\r\n",
    "\n",
    "\r",
    "a,b",
    'say "hi"',
    "Ñandú 市议会 🗳️",
    " padded ",
    "=SUM(A1)",
    "'=SUM(A1)",
    "''+1",
    "-2",
    "@cmd",
    "\tx",
    "'plain",
  ),
);
const rows = fc.array(fc.array(field, { minLength: 1, maxLength: 5 }), { maxLength: 6 });

describe("CSV (RFC 4180)", () => {
  it("quotes only what needs quoting", () => {
    expect(writeCsv([["a", "b,c", 'say "hi"', "two\nlines", ""]])).toBe('a,"b,c","say ""hi""","two\nlines",\r\n');
    expect(writeCsv([[""]])).toBe('""\r\n');
  });

  it("neutralizes every cell a spreadsheet would run as a formula (OWASP CSV injection)", () => {
    expect(writeCsv([['=HYPERLINK("http://x")', "+1", "-1", "@SUM(A1)", "\tA", "\rB", "safe", "'quoted"]])).toBe(
      '"\'=HYPERLINK(""http://x"")",\'+1,\'-1,\'@SUM(A1),\'\tA,"\'\rB",safe,\'quoted\r\n',
    );
    expect(neutralizeFormula("'=1")).toBe("''=1");
    expect(neutralizeFormula("'x")).toBe("'x");
  });

  it("never lets a written cell start a formula (property)", () => {
    fc.assert(
      fc.property(rows, (r) => {
        for (const cell of cellsAsASpreadsheetReadsThem(writeCsv(r))) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
      }),
      { numRuns: 500 },
    );
  });

  it("round-trips any rows, with quotes, commas, line breaks and unicode (property)", () => {
    fc.assert(
      fc.property(rows, (r) => {
        expect(readCsv(writeCsv(r))).toEqual({ ok: true, value: r });
      }),
      { numRuns: 500 },
    );
  });

  it("reads LF line ends, a byte-order mark and a missing final line end", () => {
    expect(readCsv("\uFEFFa,b\nc,d")).toEqual({
      ok: true,
      value: [
        ["a", "b"],
        ["c", "d"],
      ],
    });
    expect(readCsv("a,")).toEqual({ ok: true, value: [["a", ""]] });
    expect(readCsv("")).toEqual({ ok: true, value: [] });
  });

  it("reports malformed CSV by row and column", () => {
    expect(readCsv('a,"open')).toEqual({
      ok: false,
      issues: [{ path: "1.2", message: "a quoted field is never closed" }],
    });
    expect(readCsv('a,b"c\r\n')).toEqual({
      ok: false,
      issues: [{ path: "1.2", message: "a quote inside an unquoted field; quote the whole field" }],
    });
    expect(readCsv('x\r\n"a"b,c')).toEqual({
      ok: false,
      issues: [{ path: "2.1", message: "text follows a closing quote; double any quote inside a quoted field" }],
    });
  });
});

describe("vote events as CSV", () => {
  it("writes the seed vote with unknown counts left empty", () => {
    const csv = voteEventsToCsv([seed.councilVote]);
    const [header, row] = csv.split("\r\n");
    expect(header).toBe(
      `id,date,bodyId,measureId,actionId,motionText,result,${VOTE_OPTIONS.join(",")},sourceIds,version,updatedAt,inferred`,
    );
    expect(row).toBe(
      "vote-council-2024-11-19,2024-11-19,body-la-city-council,measure-sanctuary-ordinance,action-council-passage,Pass the sanctuary city ordinance,pass,13,0,,,2,,,,src-seed-news-report src-la-city-charter,,," +
        `"${JSON.stringify(seed.councilVote.inferred).replaceAll('"', '""')}"`,
    );
    const back = voteEventsFromCsv(csv);
    expect(back.ok && back.value[0]).toEqual({ ...seed.councilVote, motionClassification: undefined });
  });

  it("given bodies and measures, ends each row with core's decision on the vote, and reads back the same", () => {
    const context = { bodies: seed.bodies, measures: [seed.ordinance] };
    const urgent = {
      ...seed.councilVote,
      id: "vote-urgent",
      motionClassification: ["passage", "urgency"],
      counts: { yes: 11, no: 4 },
    };
    const unknown = { ...seed.councilVote, id: "vote-unknown", motionClassification: undefined };
    const csv = voteEventsToCsv([seed.councilVote, urgent, unknown], context);
    const table = readCsv(csv);
    const [header = [], ...rows] = table.ok ? table.value : [];
    expect(header.slice(-7)).toEqual([
      "motion",
      "rule",
      "votesNeeded",
      "passedByRules",
      "unknownReason",
      "ruleSourceId",
      "ruleLocator",
    ]);
    const decisions = rows.map((row) => row.slice(-7));
    expect(decisions).toEqual([
      ["passage", "passage", "8", "true", "", "src-la-city-charter", "Sec. 244"],
      // An urgency clause needs three-quarters of 15 seats: 12, so 11 is not enough.
      ["urgency", "motion", "12", "false", "", "src-la-city-charter", "Sec. 253"],
      ["", "", "", "", "motion-not-recorded", "", ""],
    ]);
    const back = voteEventsFromCsv(csv);
    expect(back.ok && back.value.map((vote) => vote.id)).toEqual([
      "vote-council-2024-11-19",
      "vote-urgent",
      "vote-unknown",
    ]);
  });

  it("reads files without the inferred column, and names a bad inferred cell", () => {
    const [header = "", row = ""] = voteEventsToCsv([{ ...seed.councilVote, inferred: undefined }]).split("\r\n");
    const withoutColumn = `${header.replace(/,inferred$/, "")}\r\n${row.replace(/,$/, "")}\r\n`;
    expect(voteEventsFromCsv(withoutColumn)).toEqual({
      ok: true,
      value: [{ ...seed.councilVote, motionClassification: undefined, inferred: undefined }],
    });
    const bad = voteEventsFromCsv(`${header}\r\n${row}"[{""field"":""date""}]"\r\n`);
    expect(bad.ok ? [] : bad.issues.map((issue) => issue.path)).toEqual(["votes.2.inferred.0.reasoning"]);
  });

  it("round-trips vote events and roll calls (property)", () => {
    const votes = fc
      .uniqueArray(
        arb.voteEvent.map(({ motionClassification: _drop, ...v }) => v),
        { maxLength: 4, selector: (v) => v.id },
      )
      .map((list) => list.map((v) => (v.rollCall?.length === 0 ? { ...v, rollCall: null } : v)));
    fc.assert(
      fc.property(votes, (list) => {
        expect(voteEventsFromCsv(voteEventsToCsv(list), rollCallsToCsv(list))).toEqual({ ok: true, value: list });
      }),
      { numRuns: 150 },
    );
  });

  it("names the file, row and column of each bad cell", () => {
    const header = voteEventsToCsv([]);
    const bad = `${header}v1,2024-02-30,council,,,Adopt,maybe,x,,,,,,,,,,\r\n`;
    const result = voteEventsFromCsv(bad, "voteEventId,personId,voterName,option\r\nv1,,A,aye\r\n");
    expect(result.ok ? [] : result.issues.map((i) => i.path)).toEqual([
      "votes.2.date",
      "votes.2.result",
      "votes.2.counts.yes",
      "votes.2.rollCall.0.option",
    ]);
    expect(voteEventsFromCsv("id,date\r\n")).toEqual({
      ok: false,
      issues: [
        { path: "votes.1", message: expect.stringMatching(/^the header is missing columns: bodyId, measureId/) },
      ],
    });
    expect(voteEventsFromCsv('"', undefined).ok).toBe(false);
    expect(voteEventsFromCsv(header, '"').ok).toBe(false);
  });
});

/**
 * The cells of a CSV text as a spreadsheet reads them, quotes undone but nothing else: written
 * apart from the reader under test, so the writer is not checked by its own mirror.
 */
function cellsAsASpreadsheetReadsThem(text: string): string[] {
  const cells: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === "," || (ch === "\r" && text[i + 1] === "\n")) {
      cells.push(cell);
      cell = "";
      if (ch === "\r") i += 1;
    } else cell += ch;
  }
  return cells;
}
