import { describe, expect, it } from "vitest";
import { MeasureBrowseFiltersSchema, MeetingBrowseFiltersSchema, readBrowseFilters } from "./browse.js";

describe("readBrowseFilters", () => {
  it("reads every filter that fits, and the page", () => {
    const read = readBrowseFilters(MeasureBrowseFiltersSchema, {
      stage: "adopted",
      kind: "ordinance",
      body: "body-la-city-council",
      subject: "Immigration",
      year: "2024",
      sort: "title",
      page: "3",
    });
    expect(read).toEqual({
      filters: {
        stage: "adopted",
        kind: "ordinance",
        body: "body-la-city-council",
        subject: "Immigration",
        year: 2024,
        sort: "title",
      },
      page: 3,
      ignored: [],
    });
  });

  it("ignores the values that do not fit and names them, keeping the rest", () => {
    const read = readBrowseFilters(MeasureBrowseFiltersSchema, {
      stage: "teleported",
      kind: ["ordinance", "motion"],
      year: "20x4",
      sort: "random",
      page: "02",
      body: "<script>",
    });
    expect(read.filters).toEqual({ kind: "ordinance", sort: "latest" });
    expect(read.page).toBe(1);
    expect(read.ignored.sort()).toEqual(["body", "page", "sort", "stage", "year"]);
  });

  it("takes empty fields as no filter and pages past the limit as bad", () => {
    const read = readBrowseFilters(MeetingBrowseFiltersSchema, { when: "", body: " ", page: "10001", q: "x" });
    expect(read).toEqual({ filters: { when: "upcoming" }, page: 1, ignored: ["page"] });
    expect(readBrowseFilters(MeetingBrowseFiltersSchema, { when: "past", page: "2" })).toMatchObject({
      filters: { when: "past" },
      page: 2,
    });
  });
});
