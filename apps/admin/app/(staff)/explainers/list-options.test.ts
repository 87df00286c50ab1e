import { describe, expect, it } from "vitest";
import { listFilters, pageCount } from "./list-options";

describe("listFilters", () => {
  it("sends only the filters that are set", () => {
    expect(listFilters("", "")).toBeUndefined();
    expect(listFilters("draft", "")).toEqual({ status: "draft" });
    expect(listFilters("published", "es")).toEqual({ status: "published", locale: "es" });
  });
});

describe("pageCount", () => {
  it("rounds up and never says zero pages", () => {
    expect(pageCount(0, 20)).toBe(1);
    expect(pageCount(20, 20)).toBe(1);
    expect(pageCount(21, 20)).toBe(2);
  });
});
