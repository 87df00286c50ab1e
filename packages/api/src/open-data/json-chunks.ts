// JSON.stringify(value, null, 2), written out in pieces: the top levels (the dataset's
// collections, a file's array of records) piece by piece, each record whole. At 100k measures the
// whole dataset's JSON is about 430 MB, near the longest string Node can hold; in pieces, the
// longest is one record's.

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value);
  return (
    (prototype === Object.prototype || prototype === null) &&
    typeof (value as { toJSON?: unknown }).toJSON !== "function"
  );
}

/** Values JSON.stringify leaves out of an object (and writes as null in an array). */
function omitted(value: unknown): boolean {
  return value === undefined || typeof value === "function" || typeof value === "symbol";
}

/** The text JSON.stringify(value, null, 2) would give, in pieces, expanding `depth` levels. */
export function* jsonChunks(value: unknown, depth = 2, indent = ""): Generator<string> {
  if (depth > 0 && Array.isArray(value)) {
    if (value.length === 0) {
      yield "[]";
      return;
    }
    const inner = `${indent}  `;
    yield "[";
    for (let index = 0; index < value.length; index++) {
      yield `${index === 0 ? "" : ","}\n${inner}`;
      const item: unknown = value[index];
      if (omitted(item)) yield "null";
      else yield* jsonChunks(item, depth - 1, inner);
    }
    yield `\n${indent}]`;
    return;
  }
  if (depth > 0 && isPlainObject(value)) {
    const entries = Object.entries(value).filter(([, each]) => !omitted(each));
    if (entries.length === 0) {
      yield "{}";
      return;
    }
    const inner = `${indent}  `;
    yield "{";
    let first = true;
    for (const [key, each] of entries) {
      yield `${first ? "" : ","}\n${inner}${JSON.stringify(key)}: `;
      first = false;
      yield* jsonChunks(each, depth - 1, inner);
    }
    yield `\n${indent}}`;
    return;
  }
  // No literal line breaks inside JSON strings (they are escaped): every one is indentation.
  const text = JSON.stringify(value, null, 2) ?? "null";
  yield indent ? text.replaceAll("\n", `\n${indent}`) : text;
}

/** An array whose items arrive a page at a time (from the database), for the writers below. */
export class PagedArray {
  constructor(readonly pages: () => AsyncIterable<readonly unknown[]>) {}
}

/** The text jsonChunks(array, depth, indent) would give, for an array whose items arrive in pages. */
export async function* jsonArrayChunks(
  pages: AsyncIterable<readonly unknown[]>,
  depth = 2,
  indent = "",
): AsyncGenerator<string> {
  const inner = `${indent}  `;
  let first = true;
  for await (const page of pages) {
    for (const item of page) {
      yield `${first ? "[" : ","}\n${inner}`;
      first = false;
      if (omitted(item)) yield "null";
      else yield* jsonChunks(item, depth - 1, inner);
    }
  }
  yield first ? "[]" : `\n${indent}]`;
}

/**
 * The text jsonChunks(object, depth, indent) would give for an object with these fields in this
 * order, where a field's value may be a {@link PagedArray}.
 */
export async function* jsonObjectChunks(
  fields: ReadonlyArray<readonly [string, unknown]>,
  depth = 2,
  indent = "",
): AsyncGenerator<string> {
  const kept = fields.filter(([, value]) => !omitted(value));
  if (kept.length === 0) {
    yield "{}";
    return;
  }
  const inner = `${indent}  `;
  yield "{";
  for (const [index, [key, value]] of kept.entries()) {
    yield `${index === 0 ? "" : ","}\n${inner}${JSON.stringify(key)}: `;
    if (value instanceof PagedArray) yield* jsonArrayChunks(value.pages(), depth - 1, inner);
    else yield* jsonChunks(value, depth - 1, inner);
  }
  yield `\n${indent}}`;
}
