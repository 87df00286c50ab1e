import type { VoteSummaryView } from "./record-views";

/**
 * Which result a list's badge shows for a vote, from the record's result and core's decision by
 * the rules: the two when they disagree, the rules' result labelled as worked out when the record
 * has none, else the record's (which the rules agree with, or cannot check).
 */
export type ListResult =
  | { kind: "disagrees"; recorded: "pass" | "fail"; decided: "pass" | "fail" }
  | { kind: "worked-out"; decided: "pass" | "fail" }
  | { kind: "recorded"; recorded: "pass" | "fail" | null };

export function listResult(
  result: VoteSummaryView["result"],
  byRules: VoteSummaryView["byRules"] | undefined,
): ListResult {
  const decided = byRules?.passed == null ? null : byRules.passed ? "pass" : "fail";
  if (result !== null && decided !== null && byRules?.recordAgrees === false) {
    return { kind: "disagrees", recorded: result, decided };
  }
  if (result === null && decided !== null) return { kind: "worked-out", decided };
  return { kind: "recorded", recorded: result };
}
