import { describe, expect, it } from "vitest";
import { jsonChunks } from "./json-chunks";

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
