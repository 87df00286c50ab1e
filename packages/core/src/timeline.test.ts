import { describe, expect, it } from "vitest";
import type { Action } from "./schemas/action.js";
import { buildTimeline } from "./timeline.js";

const action = (id: string, date: string, order?: number): Action => ({
  id,
  measureId: "m",
  date,
  description: id,
  classification: [],
  sourceIds: [],
  ...(order === undefined ? {} : { order }),
});

describe("buildTimeline", () => {
  it("sorts by date, then kind, then order, then id", () => {
    const timeline = buildTimeline({
      actions: [
        action("b", "2024-11-19", 2),
        action("a", "2024-11-19", 1),
        action("c", "2024-11-19", 1),
        action("old", "2023"),
      ],
      statements: [
        {
          id: "s",
          speakerPersonId: "p",
          stance: "supports",
          text: "Yes.",
          date: "2024-11-19",
          medium: null,
          sourceId: "src",
        },
      ],
    });
    expect(timeline.map((e) => e.id)).toEqual(["old", "a", "c", "b", "s"]);
  });

  it("returns an empty list for no records", () => {
    expect(buildTimeline({})).toEqual([]);
  });
});
