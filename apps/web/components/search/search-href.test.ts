import { describe, expect, it } from "vitest";
import { searchHref } from "./search-href";

describe("searchHref", () => {
  it("keeps the words, facets, order and page in one fixed order, without defaults", () => {
    expect(
      searchHref("rent control", { year: 2024, body: "body-la-city-council", kind: "measure", sort: "newest" }, 2),
    ).toBe("/search?q=rent+control&kind=measure&body=body-la-city-council&year=2024&sort=newest&page=2");
    expect(searchHref("rent", { sort: "relevance" }, 1)).toBe("/search?q=rent");
  });

  it("encodes what a person typed", () => {
    expect(searchHref('a&b "c"', { stage: "in-committee", sort: "relevance" })).toBe(
      "/search?q=a%26b+%22c%22&stage=in-committee",
    );
  });
});
