import { type Document, LineCounter, parseAllDocuments } from "yaml";

// A YAML file's documents, with a way back from a dotted path (`roles.1.end_date`) to the line
// it is on, so a quarantined value is reported where the person fixing the file will look.

export interface YamlFile {
  /** Each non-empty document's value. */
  values: unknown[];
  /** The line of `path` in document `index`, or of its nearest parent; undefined when unknown. */
  lineOf(index: number, path: string): number | undefined;
}

/** Parses a file's text, or says (with the line) why it is not YAML. */
export function readYamlFile(text: string): { ok: true; file: YamlFile } | { ok: false; reason: string } {
  const lines = new LineCounter();
  const documents = parseAllDocuments(text, { lineCounter: lines, prettyErrors: false });
  if (!Array.isArray(documents)) return { ok: false, reason: "the file is empty" };
  for (const document of documents) {
    const error = document.errors[0];
    if (!error) continue;
    const at = error.linePos?.[0] ?? lines.linePos(error.pos[0]);
    const reason = error.message.split("\n")[0] ?? error.message;
    return { ok: false, reason: `line ${at.line}: this is not valid YAML (${reason})` };
  }
  const nonEmpty: Document.Parsed[] = documents.filter((document) => document.contents !== null);
  if (nonEmpty.length === 0) return { ok: false, reason: "the file is empty" };
  return {
    ok: true,
    file: {
      values: nonEmpty.map((document) => document.toJS()),
      lineOf(index, path) {
        const document = nonEmpty[index];
        if (!document) return undefined;
        const keys = (path === "" ? [] : path.split(".")).map((p) => (/^\d+$/.test(p) ? Number(p) : p));
        for (let depth = keys.length; depth >= 0; depth--) {
          const node = document.getIn(keys.slice(0, depth), true) as { range?: [number, number, number] } | undefined;
          if (node?.range) return lines.linePos(node.range[0]).line;
        }
        return undefined;
      },
    },
  };
}
