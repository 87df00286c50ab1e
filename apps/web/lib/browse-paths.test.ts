import { describe, expect, it } from "vitest";
import { measuresHref, meetingsHref, narrowsMeasures, pastOfficialsHref } from "./browse-paths";

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
