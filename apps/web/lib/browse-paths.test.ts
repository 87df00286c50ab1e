import { describe, expect, it } from "vitest";
import { isCanonicalQuery, measuresHref, meetingsHref, narrowsMeasures, pastOfficialsHref } from "./browse-paths";

describe("browse addresses", () => {
  it("puts only the filters that narrow, in a fixed order, and the page after the first", () => {
    expect(measuresHref({ sort: "latest" })).toBe("/measures");
    expect(measuresHref({ sort: "title", year: 2024, kind: "ordinance", subject: "parks & rec" }, 3)).toBe(
      "/measures?kind=ordinance&subject=parks+%26+rec&year=2024&sort=title&page=3",
    );
    expect(measuresHref({ sort: "latest", body: "body-la-city-council" }, 1)).toBe(
      "/measures?body=body-la-city-council",
    );
  });

  it("tells a narrowed list from a reordered one", () => {
    expect(narrowsMeasures({ sort: "title" })).toBe(false);
    expect(narrowsMeasures({ sort: "latest", stage: "adopted" })).toBe(true);
  });

  it("builds the meetings and past officials addresses", () => {
    expect(meetingsHref({ when: "upcoming" })).toBe("/meetings");
    expect(meetingsHref({ when: "past", body: "body-x" }, 2)).toBe("/meetings?when=past&body=body-x&page=2");
    expect(pastOfficialsHref()).toBe("/people/past");
    expect(pastOfficialsHref(4)).toBe("/people/past/4");
  });
});

describe("isCanonicalQuery", () => {
  it("accepts the short form in any order and refuses a form's empty fields and defaults", () => {
    const canonical = measuresHref({ sort: "title", kind: "ordinance" });
    expect(isCanonicalQuery({ sort: "title", kind: "ordinance" }, canonical)).toBe(true);
    expect(isCanonicalQuery({ stage: "", kind: "ordinance", sort: "title" }, canonical)).toBe(false);
    expect(isCanonicalQuery({}, measuresHref({ sort: "latest" }))).toBe(true);
    expect(isCanonicalQuery({ sort: "latest" }, measuresHref({ sort: "latest" }))).toBe(false);
    expect(isCanonicalQuery({ kind: ["ordinance", "ordinance"], sort: "title" }, canonical)).toBe(false);
  });
});
