import { MAX_PAGE_NUMBER } from "@legible/core";
import { describe, expect, it } from "vitest";
import { listPageHref, pageFromSegments } from "./list-pages";

describe("pageFromSegments", () => {
  it("reads the first page from the bare address and later pages from their number", () => {
    expect(pageFromSegments(undefined)).toBe(1);
    expect(pageFromSegments([])).toBe(1);
    expect(pageFromSegments(["1"])).toBe(1);
    expect(pageFromSegments(["54"])).toBe(54);
  });

  it("finds no page for anything else", () => {
    for (const segments of [["0"], ["02"], ["-1"], ["2.5"], ["two"], ["2", "3"], [String(MAX_PAGE_NUMBER + 1)]]) {
      expect(pageFromSegments(segments)).toBeNull();
    }
  });
});

describe("listPageHref", () => {
  it("keeps the first page at the list's own address", () => {
    expect(listPageHref("/people/person-a/votes", 1)).toBe("/people/person-a/votes");
    expect(listPageHref("/people/person-a/votes", 3)).toBe("/people/person-a/votes/3");
  });
});
