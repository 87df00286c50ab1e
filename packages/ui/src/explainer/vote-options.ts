import type { VoteOption } from "@legible/core";
import type { VotesTranslate } from "./decision-words";

/**
 * How a vote option is said, from the `votes` catalogue: `member` is one member's vote (a roll
 * call's "María: Abstained"), `count` labels a number of members ("Abstained 2"). English says
 * both alike; Spanish does not ("Abstención", "Se abstuvieron"). The public vote, person and
 * explainer pages, the feeds and embeds, and the staff app all read them here.
 */
export function voteOptionWords(t: VotesTranslate, option: VoteOption, use: "member" | "count"): string {
  // Core's "not voting" has a space; catalogue keys do not.
  const key = option.replace(" ", "-");
  return t(use === "member" ? `option.${key}` : `countLabel.${key}`);
}
