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

  it("dates a meeting by its own place's day and puts it before what happened in it", () => {
    const timeline = buildTimeline({
      actions: [action("passage", "2024-11-19")],
      meetings: [
        {
          id: "meeting",
          bodyId: "b",
          name: "Council meeting",
          // 19 November in Los Angeles, already the 20th in UTC.
          start: "2024-11-20T02:00:00Z",
          timeZone: "America/Los_Angeles",
          status: "held",
          agenda: [],
          documents: [],
          media: [],
          sourceIds: [],
        },
      ],
    });
    expect(timeline.map((e) => [e.kind, e.date])).toEqual([
      ["meeting", "2024-11-19"],
      ["action", "2024-11-19"],
    ]);
  });

  it("returns an empty list for no records", () => {
    expect(buildTimeline({})).toEqual([]);
  });
});
