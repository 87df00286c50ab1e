import { START, STOP } from "./search";

// Marks matched words in a page of SQLite hits in JavaScript. FTS5's highlight() and snippet()
// re-read a prefix query's whole merged doclist for each row: 57 ms for a page of 30 on a common
// word at 100k measures, more than finding and counting its matches. A token matches as the index
// matches it: diacritics folded, the query word (or its stem, as the porter tokenizer reduces
// "housing" to "hous") as a prefix.

const WORD = /[\p{L}\p{N}]+/gu;
/** English endings the porter stemmer takes off, longest first; a stem keeps three letters at least. */
const ENDINGS = ["ations", "ation", "ings", "ing", "ies", "ied", "ers", "es", "ed", "er", "ly", "s"];

const fold = (text: string) => text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

/** The prefixes a token may start with to match: each word, and its stem. */
export function matchPrefixes(words: readonly string[]): string[] {
  const prefixes = new Set<string>();
  for (const word of words.map(fold)) {
    prefixes.add(word);
    const ending = ENDINGS.find((end) => word.endsWith(end) && word.length - end.length >= 3);
    if (ending) prefixes.add(word.slice(0, -ending.length));
  }
  return [...prefixes];
}

interface Token {
  start: number;
  end: number;
  match: boolean;
}

function tokens(text: string, prefixes: readonly string[]): Token[] {
  return [...text.matchAll(WORD)].map((found) => {
    const start = found.index ?? 0;
    const word = fold(found[0]);
    return { start, end: start + found[0].length, match: prefixes.some((prefix) => word.startsWith(prefix)) };
  });
}

function marked(text: string, list: readonly Token[], from: number, to: number): string {
  let out = "";
  let at = from;
  for (const token of list) {
    if (token.end <= from || token.start >= to) continue;
    if (!token.match) continue;
    out += `${text.slice(at, token.start)}${START}${text.slice(token.start, token.end)}${STOP}`;
    at = token.end;
  }
  return out + text.slice(at, to);
}

/** The whole text with every matching word marked (as highlight() marks a title). */
export function markAll(text: string, prefixes: readonly string[]): string {
  return marked(text, tokens(text, prefixes), 0, text.length);
}

/** About `size` words around the first match, marked, with "…" where it was cut (as snippet() makes). */
export function markSnippet(text: string, prefixes: readonly string[], size = 24): string {
  const list = tokens(text, prefixes);
  if (!list.length) return "";
  const first = Math.max(
    0,
    list.findIndex((token) => token.match),
  );
  const from = Math.max(0, Math.min(first - Math.floor(size / 3), list.length - size));
  const last = Math.min(list.length, from + size) - 1;
  const start = from === 0 ? 0 : (list[from]?.start ?? 0);
  const end = last === list.length - 1 ? text.length : (list[last]?.end ?? text.length);
  return `${start > 0 ? "…" : ""}${marked(text, list, start, end)}${end < text.length ? "…" : ""}`;
}
