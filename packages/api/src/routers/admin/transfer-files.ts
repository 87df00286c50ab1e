import {
  IMPORT_COLLECTIONS,
  type ImportContext,
  type ImportFile,
  type ImportFormat,
  type ImportMatch,
  type ImportRecords,
  type ImportSkip,
  type Issue,
  type Result,
  readImport,
} from "@legible/core";
import { type Document, LineCounter, parseAllDocuments } from "yaml";

/** A problem in an uploaded file: where (a dotted path, and the line when we know it) and what. */
export interface FileIssue extends Issue {
  /** 1-based line in the file, when the format lets us find it (YAML, and JSON syntax errors). */
  line?: number;
  /** Which file, when several are read at once. */
  file?: string;
}

/**
 * The largest file the staff app takes: a city's whole dataset, while the request that carries
 * it (the file as JSON text, with room for escaping) stays under the 1 MB every request is held to.
 */
export const MAX_IMPORT_BYTES = 800 * 1024;

/**
 * How many files one request may carry. Staff may choose many more: the staff app sends them in
 * groups, each under {@link MAX_IMPORT_BYTES} together, and each group is saved on its own.
 */
export const MAX_FILES_PER_REQUEST = 500;

/** Line and column of a character offset, 1-based. */
function positionOf(content: string, offset: number): { line: number; column: number } {
  const before = content.slice(0, Math.max(0, offset));
  const lines = before.split("\n");
  return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
}

/**
 * JSON.parse's complaint, with the line it is on. Node's messages carry a character offset
 * ("… in JSON at position 42"); people fixing a file need a line.
 */
function jsonProblem(content: string, error: unknown): FileIssue {
  const message = error instanceof Error ? error.message : String(error);
  const offset = /position (\d+)/.exec(message)?.[1];
  const reason = message.replace(/\s*in JSON at position \d+.*$/s, "").replace(/\s*\(line \d+ column \d+\)$/, "");
  if (offset === undefined && /end of JSON input/.test(message) && content.trim() !== "") {
    const { line } = positionOf(content, content.trimEnd().length);
    return { path: "", line, message: `line ${line}: the file ends before the JSON does (is a } or ] missing?).` };
  }
  if (offset === undefined) {
    return content.trim() === ""
      ? { path: "", message: "The file is empty." }
      : { path: "", message: `This is not valid JSON: ${reason}.` };
  }
  const { line, column } = positionOf(content, Number(offset));
  return { path: "", line, message: `line ${line}, column ${column}: this is not valid JSON (${reason}).` };
}

function parseJson(content: string): Result<unknown> {
  try {
    return { ok: true, value: JSON.parse(content) };
  } catch (error) {
    return { ok: false, issues: [jsonProblem(content, error)] };
  }
}

interface ParsedYaml {
  value: unknown;
  documents: Document.Parsed[];
  lines: LineCounter;
}

function parseYaml(content: string): Result<ParsedYaml> {
  const lines = new LineCounter();
  const documents = parseAllDocuments(content, { lineCounter: lines, prettyErrors: false });
  if (!Array.isArray(documents)) return { ok: false, issues: [{ path: "", message: "The file is empty." }] };
  const issues: FileIssue[] = documents.flatMap((document) =>
    document.errors.map((error) => {
      const at = error.linePos?.[0] ?? lines.linePos(error.pos[0]);
      const reason = error.message.split("\n")[0] ?? error.message;
      return at
        ? { path: "", line: at.line, message: `line ${at.line}, column ${at.col}: this is not valid YAML (${reason})` }
        : { path: "", message: `This is not valid YAML: ${reason}` };
    }),
  );
  if (issues.length > 0) return { ok: false, issues };
  const nonEmpty = documents.filter((document) => document.contents !== null);
  if (nonEmpty.length === 0) return { ok: false, issues: [{ path: "", message: "The file is empty." }] };
  const values = nonEmpty.map((document) => document.toJS());
  return { ok: true, value: { value: values.length === 1 ? values[0] : values, documents: nonEmpty, lines } };
}

/** The line a dotted path points at in the YAML documents, or its nearest parent's. */
function yamlLine(parsed: ParsedYaml, path: string): number | undefined {
  const parts = path === "" ? [] : path.split(".");
  const many = parsed.documents.length > 1;
  const document = parsed.documents[many ? Number(parts[0]) : 0];
  if (!document) return undefined;
  const keys: Array<string | number> = (many ? parts.slice(1) : parts).map((p) => (/^\d+$/.test(p) ? Number(p) : p));
  for (let depth = keys.length; depth >= 0; depth--) {
    const node = document.getIn(keys.slice(0, depth), true) as { range?: [number, number, number] } | undefined;
    if (node?.range) return parsed.lines.linePos(node.range[0]).line;
  }
  return undefined;
}

function withLine(issue: Issue, line: number | undefined): FileIssue {
  return line === undefined ? issue : { ...issue, line };
}

/**
 * Parses an uploaded file's text (JSON, or YAML for Open States people) and reads it in the
 * given format. Every problem comes back with its path in the file and, for YAML, its line.
 */
export function readUploadedFile(
  format: ImportFormat,
  content: string,
  context: ImportContext,
): Result<ImportFile> | { ok: false; issues: FileIssue[] } {
  if (format === "openstates-person") {
    const parsed = parseYaml(content);
    if (!parsed.ok) return parsed;
    const file = readImport(format, parsed.value.value, context);
    if (file.ok) {
      const skipped = file.value.skipped.map((skip) => ({ ...skip, ...lineOf(parsed.value, skip.path) }));
      return { ok: true, value: { ...file.value, skipped } };
    }
    return { ok: false, issues: file.issues.map((issue) => withLine(issue, yamlLine(parsed.value, issue.path))) };
  }
  const parsed = parseJson(content);
  if (!parsed.ok) return parsed;
  return readImport(format, parsed.value, context);
}

function lineOf(parsed: ParsedYaml, path: string): { line?: number } {
  const line = yamlLine(parsed, path);
  return line === undefined ? {} : { line };
}

/** Fields a format cannot hold, kept from the stored record when the file leaves them empty. */
export function fieldsToPreserve(format: ImportFormat): string[] {
  return format === "popolo" || format === "ocd" ? ["sourceIds"] : [];
}

/** A group of files read together: one set of records, each record's place naming its file. */
export interface UploadedFiles {
  records: ImportRecords;
  places: ImportFile["places"];
  skipped: Array<ImportSkip & { line?: number; file: string }>;
  matched: Array<ImportMatch & { file: string }>;
}

function placeIn(file: string, path: string): string {
  return path === "" ? file : `${file}:${path}`;
}

/**
 * Reads several files of one format as one import. A record two files both bring (the council
 * two members sit on) is kept once; the same id with different details is a problem naming both
 * files. Every problem names its file.
 */
export function readUploadedFiles(
  format: ImportFormat,
  files: ReadonlyArray<{ name: string; content: string }>,
  context: ImportContext,
): { ok: true; value: UploadedFiles } | { ok: false; issues: FileIssue[] } {
  const records = Object.fromEntries(IMPORT_COLLECTIONS.map((c) => [c, []])) as unknown as ImportRecords;
  const places = Object.fromEntries(IMPORT_COLLECTIONS.map((c) => [c, {}])) as ImportFile["places"];
  const skipped: UploadedFiles["skipped"] = [];
  const matched: UploadedFiles["matched"] = [];
  const issues: FileIssue[] = [];
  for (const { name, content } of files) {
    const read = readUploadedFile(format, content, context);
    if (!read.ok) {
      issues.push(...read.issues.map((issue) => ({ ...issue, file: name })));
      continue;
    }
    for (const collection of IMPORT_COLLECTIONS) {
      const list = records[collection] as Array<{ id: string }>;
      const where: Record<string, string> = places[collection];
      for (const record of read.value.records[collection] as Array<{ id: string }>) {
        const path = read.value.places[collection][record.id] ?? "";
        const earlier = where[record.id];
        if (earlier === undefined) {
          list.push(record);
          where[record.id] = placeIn(name, path);
          continue;
        }
        const before = list.find((r) => r.id === record.id);
        if (JSON.stringify(before) === JSON.stringify(record)) continue;
        issues.push({
          file: name,
          path,
          message: `uses the id "${record.id}", which ${earlier} also uses with different details`,
        });
      }
    }
    skipped.push(...read.value.skipped.map((skip) => ({ ...skip, file: name })));
    matched.push(...(read.value.matched ?? []).map((match) => ({ ...match, file: name })));
  }
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, value: { records, places, skipped, matched } };
}
