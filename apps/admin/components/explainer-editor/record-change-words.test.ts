import { describe, expect, it } from "vitest";
import { formatWhen } from "@/lib/form-kit/when";
import { changedCount, recordChangeWords } from "./record-change-words";

const change = {
  type: "vote-event",
  id: "vote-council-2024-11-19",
  label: "Pass the sanctuary city ordinance",
  updatedAt: "2026-12-04T17:30:00.000Z",
  updatedBy: "Eddie Editor",
  added: false,
};

describe("recordChangeWords", () => {
  it("names the kind of record, links to its page and says who changed it when", () => {
    expect(recordChangeWords(change)).toEqual({
      kind: "Vote",
      href: "/votes/vote-council-2024-11-19",
      what: `changed by Eddie Editor on ${formatWhen(change.updatedAt)}`,
    });
  });

  it("says a record is new, and copes with an unknown author", () => {
    const added = recordChangeWords({ ...change, type: "membership", id: "term 1", added: true, updatedBy: null });
    expect(added.kind).toBe("Membership");
    expect(added.href).toBe("/memberships/term%201");
    expect(added.what).toMatch(/^added by someone on /);
  });

  it("counts changes in words", () => {
    expect(changedCount(1)).toBe("1 record changed");
    expect(changedCount(3)).toBe("3 records changed");
  });
});
