import { describe, expect, it } from "vitest";
import { describeChange } from "./change-words";

describe("describeChange", () => {
  it("says who did what to which record", () => {
    expect(
      describeChange({
        actorName: "Eddie Editor",
        action: "update",
        recordType: "vote-event",
        recordId: "v1",
        version: 3,
      }),
    ).toBe("Eddie Editor changed vote event v1 (version 3)");
  });

  it("says who confirmed an explainer still holds after its records changed", () => {
    const check = { actorName: "Rita Reviewer", action: "check-records", version: 4 };
    expect(describeChange({ ...check, recordType: "explainer", recordId: "explainer-x" })).toBe(
      "Rita Reviewer confirmed the records still hold for explainer explainer-x (version 4)",
    );
    expect(describeChange(check)).toBe("Rita Reviewer confirmed the records still hold (version 4)");
  });

  it("copes with an unknown actor and a deleted record", () => {
    expect(describeChange({ actorName: null, action: "delete", version: null })).toBe("Someone deleted");
  });
});
