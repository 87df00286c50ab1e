import { describe, expect, it } from "vitest";
import { listResult } from "./list-result";

describe("the result a list shows", () => {
  it("never says passed where the rules say failed: both, when they disagree", () => {
    expect(listResult("pass", { passed: false, recordAgrees: false })).toEqual({
      kind: "disagrees",
      recorded: "pass",
      decided: "fail",
    });
  });

  it("the record's result when the rules agree or cannot say", () => {
    expect(listResult("fail", { passed: false, recordAgrees: true })).toEqual({ kind: "recorded", recorded: "fail" });
    expect(listResult("pass", { passed: null, recordAgrees: null })).toEqual({ kind: "recorded", recorded: "pass" });
    expect(listResult(null, undefined)).toEqual({ kind: "recorded", recorded: null });
  });

  it("the rules' result, labelled worked out, when the record has none", () => {
    expect(listResult(null, { passed: true, recordAgrees: null })).toEqual({ kind: "worked-out", decided: "pass" });
  });
});
