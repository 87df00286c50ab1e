import { describe, expect, it } from "vitest";
import { readBrowseFilters } from "./browse.js";
import { narrowsSearch, SearchFiltersSchema } from "./search.js";

describe("search's facets read from an address", () => {
  it("keeps each value that fits, best match first by default", () => {
    const read = readBrowseFilters(SearchFiltersSchema, {
      q: "housing",
      kind: "measure",
      stage: "in-committee",
      body: "body-la-city-council",
      year: "2024",
      page: "3",
    });
    expect(read).toEqual({
      filters: { kind: "measure", stage: "in-committee", body: "body-la-city-council", year: 2024, sort: "relevance" },
      page: 3,
      ignored: [],
    });
    expect(narrowsSearch(read.filters)).toBe(true);
  });

  it("leaves out and names what does not fit, and still reads the rest", () => {
    const read = readBrowseFilters(SearchFiltersSchema, {
      kind: "banana",
      stage: "sideways",
      body: "<script>",
      year: "20245",
      sort: "oldest",
      page: "2x",
    });
    expect(read.filters).toEqual({ sort: "relevance" });
    expect(read.ignored).toEqual(["kind", "stage", "body", "year", "sort", "page"]);
    expect(narrowsSearch(read.filters)).toBe(false);
  });

  it("takes newest first, and an empty field as no filter", () => {
    expect(readBrowseFilters(SearchFiltersSchema, { sort: "newest", kind: "" })).toEqual({
      filters: { sort: "newest" },
      page: 1,
      ignored: [],
    });
  });
});
