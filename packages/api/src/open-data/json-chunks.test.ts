import { describe, expect, it } from "vitest";
import { jsonArrayChunks, jsonChunks, jsonObjectChunks, PagedArray } from "./json-chunks";

// The pieces join to exactly what JSON.stringify(value, null, 2) writes.

const samples: unknown[] = [
  {
    format: "legible-dataset",
    version: 1,
    skipped: undefined,
    empty: [],
    none: {},
    people: [
      { id: "a", name: "Ana\nLine", tags: ["x", "y"], nested: { deep: [1, { two: 2 }], gone: undefined } },
      { id: "b", name: 'Quote "q"', note: null },
    ],
    holes: [1, undefined, null, "z"],
    date: new Date("2025-01-02T03:04:05Z"),
  },
  [{ id: 1, list: [[], {}, [1, [2, [3]]]] }, 2, "three"],
  [],
  {},
  "plain",
  42,
  null,
];

describe("jsonChunks", () => {
  it.each(samples.map((sample, index) => [index, sample] as const))(
    "sample %i joins to JSON.stringify's text",
    (_index, sample) => {
      for (const depth of [0, 1, 2, 3]) {
        expect([...jsonChunks(sample, depth)].join("")).toBe(JSON.stringify(sample, null, 2));
      }
    },
  );
});

async function joined(chunks: AsyncIterable<string>): Promise<string> {
  let text = "";
  for await (const chunk of chunks) text += chunk;
  return text;
}

async function* inPages<T>(items: readonly T[], size: number): AsyncGenerator<T[]> {
  for (let start = 0; start < items.length; start += size) yield items.slice(start, start + size);
}

describe("arrays and objects whose items arrive in pages", () => {
  const arrays = samples.filter((sample): sample is unknown[] => Array.isArray(sample));
  arrays.push((samples[0] as { people: unknown[] }).people, (samples[0] as { holes: unknown[] }).holes);

  it.each(arrays.map((array, index) => [index, array] as const))(
    "array %i joins to JSON.stringify's text, whatever the page size",
    async (_index, array) => {
      for (const size of [1, 2, 5]) {
        expect(await joined(jsonArrayChunks(inPages(array, size)))).toBe(JSON.stringify(array, null, 2));
      }
    },
  );

  it("an object with paged fields joins to JSON.stringify's text of the whole object", async () => {
    const whole = samples[0] as Record<string, unknown>;
    const fields = Object.entries(whole).map(
      ([key, value]) => [key, Array.isArray(value) ? new PagedArray(() => inPages(value, 1)) : value] as const,
    );
    expect(await joined(jsonObjectChunks(fields))).toBe(JSON.stringify(whole, null, 2));
    expect(await joined(jsonObjectChunks([["skipped", undefined]]))).toBe("{}");
  });
});
