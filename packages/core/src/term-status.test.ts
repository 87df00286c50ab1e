import { describe, expect, it } from "vitest";
import { compareTerms, termStatus } from "./term-status.js";

const today = "2026-01-15";

describe("termStatus", () => {
  it("takes the record's word on the present when it gives one", () => {
    expect(termStatus({ startDate: null, endDate: null, current: true }, today)).toBe("current");
    // "Former Mayor Eric Garcetti": over, though when it ended is not on record.
    expect(termStatus({ startDate: null, endDate: null, current: false }, today)).toBe("former");
  });

  it("decides from the dates otherwise", () => {
    expect(termStatus({ startDate: "2020-01-01", endDate: "2030-12-31" }, today)).toBe("current");
    expect(termStatus({ startDate: "2013-07-01", endDate: "2022-12-11" }, today)).toBe("former");
    expect(termStatus({ startDate: "2030-01-01", endDate: null }, today)).toBe("upcoming");
  });

  it("stays unknown when the dates cannot decide", () => {
    expect(termStatus({ startDate: "2025-01", endDate: null }, today)).toBe("unknown");
    expect(termStatus({ startDate: null, endDate: null }, today)).toBe("unknown");
    expect(termStatus({ startDate: "2026-01", endDate: "2026-12-31" }, today)).toBe("unknown");
  });
});

describe("compareTerms", () => {
  it("lists current terms first, then upcoming, unknown and former, newest start first", () => {
    const terms = [
      { id: "a", status: "former" as const, startDate: "2010" },
      { id: "b", status: "unknown" as const, startDate: null },
      { id: "c", status: "current" as const, startDate: "2020" },
      { id: "d", status: "current" as const, startDate: "2024-11-05" },
      { id: "e", status: "current" as const, startDate: null },
      { id: "f", status: "upcoming" as const, startDate: "2030" },
    ];
    expect([...terms].sort(compareTerms).map((term) => term.id)).toEqual(["d", "c", "e", "f", "b", "a"]);
  });
});
