import { describe, expect, it } from "vitest";
import { countRollCall, countsOfText, fillMembers, unchosenRows } from "./roll-call";

describe("countRollCall", () => {
  it("counts each chosen option and leaves out the rest", () => {
    expect(
      countRollCall([
        { voterName: "A", option: "yes" },
        { voterName: "B", option: "yes" },
        { voterName: "C", option: "no" },
        { voterName: "D", option: "" },
      ]),
    ).toEqual({ yes: 2, no: 1 });
    expect(countRollCall([])).toEqual({});
  });

  it("counts the rows still to choose", () => {
    expect(
      unchosenRows([
        { voterName: "A", option: "" },
        { voterName: "B", option: "no" },
      ]),
    ).toBe(1);
  });
});

describe("fillMembers", () => {
  it("makes a row per member, keeps choices already made, and keeps other voters", () => {
    const rows = fillMembers(
      [
        { voterName: "Hugo Soto-Martinez", personId: "p-hugo", option: "yes" },
        { voterName: "Someone else", option: "no" },
      ],
      [
        { personId: "p-ana", name: "Ana" },
        { personId: "p-hugo", name: "Hugo Soto-Martinez" },
      ],
    );
    expect(rows).toEqual([
      { voterName: "Ana", personId: "p-ana", option: "" },
      { voterName: "Hugo Soto-Martinez", personId: "p-hugo", option: "yes" },
      { voterName: "Someone else", option: "no" },
    ]);
  });
});

describe("countsOfText", () => {
  it("reads typed counts, leaving blank options unknown", () => {
    expect(countsOfText({ yes: "13", no: "0", abstain: " ", other: "x" })).toEqual({ yes: 13, no: 0, other: "x" });
  });
});
