import { fail, type Issue, ok, parseWith, type Result } from "../result.js";
import type { Body } from "../schemas/body.js";
import type { Measure } from "../schemas/measure.js";
import { type RollCallEntry, VOTE_OPTIONS, type VoteEvent, VoteEventSchema } from "../schemas/vote-event.js";
import { decideVote } from "../vote-decision.js";
import { all } from "./shared.js";

// A small RFC 4180 writer and reader, so the package needs no CSV dependency. Records end
// in CRLF; a field is quoted when it holds a quote, comma, CR or LF, or when a row's only
// field is empty (so it is not read back as a blank line).

// A spreadsheet evaluates a cell that begins with one of these as a formula (CSV injection):
// `=HYPERLINK(…)` in a motion text, `=cmd|' /C calc'!A0` as a voter's name.
const FORMULA_START = /^'*[=+\-@\t\r]/;

/**
 * Makes a cell safe to open in a spreadsheet, as OWASP's guidance on CSV injection says: a cell
 * that begins with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading `'`, which
 * spreadsheets read as "this is text". Cells already made of apostrophes before such a
 * character get one more, so {@link readCsv} can take exactly one away and give back the value.
 */
export function neutralizeFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** Undoes {@link neutralizeFormula}: the value Legible wrote. */
export function restoreFormula(cell: string): string {
  return cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell;
}

function quote(field: string, onlyField: boolean): string {
  if (/[",\r\n]/.test(field) || (onlyField && field === "")) return `"${field.replaceAll('"', '""')}"`;
  return field;
}

/**
 * Writes rows as RFC 4180 CSV, each record ending in CRLF. Every cell that a spreadsheet would
 * run as a formula is neutralized ({@link neutralizeFormula}).
 */
export function writeCsv(rows: ReadonlyArray<ReadonlyArray<string>>): string {
  return rows
    .map((row) => `${row.map((field) => quote(neutralizeFormula(field), row.length === 1)).join(",")}\r\n`)
    .join("");
}

/**
 * Reads RFC 4180 CSV (CRLF or LF line ends, optional byte-order mark) into rows of strings,
 * giving back the values {@link writeCsv} neutralized.
 * A stray quote inside an unquoted field, text after a closing quote, or an unclosed quote
 * is reported with its row and column (`3.2`, counting from 1), never thrown.
 */
export function readCsv(text: string): Result<string[][]> {
  const input = text.startsWith("\uFEFF") ? text.slice(1) : text;
  const rows: string[][] = [];
  const issues: Issue[] = [];
  let row: string[] = [];
  let field = "";
  let i = 0;
  const where = () => `${rows.length + 1}.${row.length + 1}`;
  const endField = () => {
    row.push(restoreFormula(field));
    field = "";
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
  };
  while (i < input.length) {
    const ch = input[i];
    if (ch === '"' && field === "") {
      const start = where();
      i += 1;
      let closed = false;
      while (i < input.length) {
        if (input[i] === '"') {
          if (input[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          closed = true;
          i += 1;
          break;
        }
        field += input[i];
        i += 1;
      }
      if (!closed) {
        issues.push({ path: start, message: "a quoted field is never closed" });
        break;
      }
      const next = input[i];
      if (next !== undefined && next !== "," && next !== "\r" && next !== "\n") {
        issues.push({ path: start, message: "text follows a closing quote; double any quote inside a quoted field" });
        while (i < input.length && input[i] !== "," && input[i] !== "\n") i += 1;
      }
      continue;
    }
    if (ch === ",") {
      endField();
      i += 1;
    } else if (ch === "\r" && input[i + 1] === "\n") {
      endRow();
      i += 2;
    } else if (ch === "\n") {
      endRow();
      i += 1;
    } else {
      if (ch === '"')
        issues.push({ path: where(), message: "a quote inside an unquoted field; quote the whole field" });
      field += ch;
      i += 1;
    }
  }
  if (field !== "" || row.length > 0 || (input.length > 0 && !input.endsWith("\n"))) endRow();
  return issues.length > 0 ? fail(issues) : ok(rows);
}

/**
 * Columns of the vote-events CSV, in order. An empty count cell means the count is unknown.
 * `inferred` lists the fields worked out rather than reported, as the JSON list a record
 * holds (field and reasoning in English and Spanish); empty when every field is reported.
 * Files without that last column still read.
 */
export const VOTE_EVENT_CSV_COLUMNS = [
  "id",
  "date",
  "bodyId",
  "measureId",
  "actionId",
  "motionText",
  "result",
  ...VOTE_OPTIONS,
  "sourceIds",
  "version",
  "updatedAt",
  "inferred",
] as const;

/** Columns a vote-events CSV must have to be read: all but `inferred`, which older files lack. */
const REQUIRED_VOTE_EVENT_CSV_COLUMNS = VOTE_EVENT_CSV_COLUMNS.filter((column) => column !== "inferred");

/**
 * Columns {@link voteEventsToCsv} adds after `inferred` when given the bodies and measures:
 * core's decision on each vote ({@link decideVote}). `motion` is what the vote decided; `rule`
 * which rule set its threshold (`passage`, `motion`, `veto-override`, `other-actions`);
 * `votesNeeded` the yes votes that rule needed; `passedByRules` `true` or `false`; and
 * `unknownReason` why a blank is blank (`no-rules`, `motion-not-recorded`, `no-rule-for-motion`,
 * `counts-undecided`). `ruleSourceId` and `ruleLocator` cite the rule. They are worked out, not
 * record fields, so reading a file back ignores them.
 */
export const VOTE_DECISION_CSV_COLUMNS = [
  "motion",
  "rule",
  "votesNeeded",
  "passedByRules",
  "unknownReason",
  "ruleSourceId",
  "ruleLocator",
] as const;

/** The records the decision columns are worked out from: each vote's body (its rules) and measure. */
export interface VoteDecisionCsvContext {
  bodies: ReadonlyArray<Pick<Body, "id" | "rules">>;
  measures: ReadonlyArray<Pick<Measure, "id" | "classification">>;
}

/** Columns of the roll-call CSV, in order: one row per member's vote. */
export const ROLL_CALL_CSV_COLUMNS = ["voteEventId", "personId", "voterName", "option"] as const;

/** The vote-events CSV's header row: with the decision columns when there is a context for them. */
export function voteEventCsvHeader(context?: VoteDecisionCsvContext): string[] {
  return [...VOTE_EVENT_CSV_COLUMNS, ...(context ? VOTE_DECISION_CSV_COLUMNS : [])];
}

/**
 * The vote-events CSV's rows for these votes, one each, without the header (a long file is written
 * page by page: {@link writeCsv} of {@link voteEventCsvHeader}, then of each page's rows).
 */
export function voteEventCsvRows(votes: readonly VoteEvent[], context?: VoteDecisionCsvContext): string[][] {
  const rules = new Map(context?.bodies.map((body) => [body.id, body.rules]));
  const measures = new Map(context?.measures.map((measure) => [measure.id, measure]));
  const decisionCells = (v: VoteEvent): string[] => {
    if (!context) return [];
    const decision = decideVote({
      vote: v,
      measure: (v.measureId && measures.get(v.measureId)) || null,
      rules: rules.get(v.bodyId),
    });
    const cell = (value: string | number | boolean | null | undefined) =>
      value === null || value === undefined ? "" : String(value);
    return [
      cell(decision.motion),
      cell(decision.applied?.rule),
      cell(decision.outcome.votesNeeded),
      cell(decision.passed),
      cell(decision.unknownReason),
      cell(decision.applied?.citation.sourceId),
      cell(decision.applied?.citation.locator),
    ];
  };
  return votes.map((v) => [
    v.id,
    v.date,
    v.bodyId,
    v.measureId ?? "",
    v.actionId ?? "",
    v.motionText,
    v.result ?? "",
    ...VOTE_OPTIONS.map((option) => (v.counts[option] === undefined ? "" : String(v.counts[option]))),
    v.sourceIds.join(" "),
    v.version === undefined ? "" : String(v.version),
    v.updatedAt ?? "",
    v.inferred === undefined ? "" : JSON.stringify(v.inferred),
    ...decisionCells(v),
  ]);
}

/**
 * Writes vote events as CSV, one row each, with a header. Counts get one column per OCD
 * option; source ids are space-separated (ids cannot hold spaces). Roll calls go in their
 * own file ({@link rollCallsToCsv}); motion classifications are not written. Given the bodies
 * and measures, each row ends with core's decision on the vote ({@link VOTE_DECISION_CSV_COLUMNS}).
 */
export function voteEventsToCsv(votes: readonly VoteEvent[], context?: VoteDecisionCsvContext): string {
  return writeCsv([voteEventCsvHeader(context), ...voteEventCsvRows(votes, context)]);
}

/** The roll-call CSV's rows for these votes' known roll calls, without the header. */
export function rollCallCsvRows(votes: readonly VoteEvent[]): string[][] {
  return votes.flatMap((v) => (v.rollCall ?? []).map((r) => [v.id, r.personId ?? "", r.voterName, r.option]));
}

/** Writes the known roll calls of vote events as CSV, with a header. */
export function rollCallsToCsv(votes: readonly VoteEvent[]): string {
  return writeCsv([[...ROLL_CALL_CSV_COLUMNS], ...rollCallCsvRows(votes)]);
}

function table(text: string, columns: readonly string[], file: string): Result<Array<Record<string, string>>> {
  const parsed = readCsv(text);
  if (!parsed.ok) return fail(parsed.issues.map((i) => ({ path: `${file}.${i.path}`, message: i.message })));
  const [header, ...rows] = parsed.value;
  const missing = columns.filter((c) => !header?.includes(c));
  if (!header || missing.length > 0) {
    return fail([{ path: `${file}.1`, message: `the header is missing columns: ${missing.join(", ")}` }]);
  }
  return ok(rows.map((row) => Object.fromEntries(header.map((name, i) => [name, row[i] ?? ""]))));
}

/** Reads a count cell: empty is unknown; anything else must be a whole number, or validation says why. */
function countCell(cell: string): number | string | undefined {
  if (cell === "") return undefined;
  return /^\d+$/.test(cell) ? Number(cell) : cell;
}

/** Reads a JSON cell; a cell that is not JSON is passed on as text, for validation to name. */
function jsonCell(cell: string): unknown {
  try {
    return JSON.parse(cell);
  } catch {
    return cell;
  }
}

/**
 * Reads vote events from the CSV {@link voteEventsToCsv} writes, and their roll calls from
 * the CSV {@link rollCallsToCsv} writes when given. A vote with no roll-call rows has an
 * unknown roll call. Bad cells come back as issues naming file, row and column, such as
 * `votes.3.counts.yes` (row 3, counting the header as row 1).
 */
export function voteEventsFromCsv(votesCsv: string, rollCallsCsv?: string): Result<VoteEvent[]> {
  const votes = table(votesCsv, REQUIRED_VOTE_EVENT_CSV_COLUMNS, "votes");
  if (!votes.ok) return votes;
  const rollCalls = rollCallsCsv === undefined ? ok([]) : table(rollCallsCsv, ROLL_CALL_CSV_COLUMNS, "rollCalls");
  if (!rollCalls.ok) return rollCalls;
  const byVote = new Map<string, RollCallEntry[]>();
  for (const r of rollCalls.value) {
    const list = byVote.get(r.voteEventId ?? "") ?? [];
    list.push({
      voterName: r.voterName ?? "",
      option: r.option as RollCallEntry["option"],
      ...(r.personId ? { personId: r.personId } : {}),
    });
    byVote.set(r.voteEventId ?? "", list);
  }
  return all(
    votes.value.map((row, index) => {
      const counts = Object.fromEntries(
        VOTE_OPTIONS.flatMap((option) => {
          const value = countCell(row[option] ?? "");
          return value === undefined ? [] : [[option, value]];
        }),
      );
      const version = countCell(row.version ?? "");
      return {
        path: `votes.${index + 2}`,
        result: parseWith(VoteEventSchema, {
          id: row.id,
          date: row.date,
          bodyId: row.bodyId,
          measureId: row.measureId || null,
          ...(row.actionId ? { actionId: row.actionId } : {}),
          motionText: row.motionText,
          result: row.result || null,
          counts,
          rollCall: byVote.get(row.id ?? "") ?? null,
          sourceIds: row.sourceIds ? row.sourceIds.split(" ") : [],
          ...(version === undefined ? {} : { version }),
          ...(row.updatedAt ? { updatedAt: row.updatedAt } : {}),
          ...(row.inferred ? { inferred: jsonCell(row.inferred) } : {}),
        }),
      };
    }),
  );
}
