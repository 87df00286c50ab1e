import type { VoteOption } from "@legible/core";
import { explainerWords, voteOptionWords } from "@legible/ui/explainer";

// Staff read the words residents read, from packages/ui's catalogue, in English (the staff app's language).
const votes = explainerWords("en", () => "").t("votes");

/** A count's label, as the public pages say it: "Did not vote". */
export const countLabel = (option: VoteOption): string => voteOptionWords(votes, option, "count");

/** One member's vote, as a roll call says it: "Abstained". */
export const memberVote = (option: VoteOption): string => voteOptionWords(votes, option, "member");
