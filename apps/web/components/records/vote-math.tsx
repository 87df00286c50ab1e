import { getTranslations } from "next-intl/server";
import { capitalizeFirst } from "../../lib/record-page";
import type { VoteView } from "../../lib/record-views";
import { shareInWords } from "../../lib/threshold-words";
import { CitationRef } from "./source-refs";

/**
 * A vote's math in sentences: what the rules required (each rule with its citation), what the
 * counts gave, quorum, and whether a veto could be overridden. Every figure comes from core's
 * vote math; an unknown is said to be unknown.
 */
export async function VoteMath({
  math,
  result,
  bodyName,
}: {
  math: VoteView["math"];
  result: VoteView["result"];
  bodyName: string;
}) {
  const t = await getTranslations("records");
  const { outcome } = math;
  const seats = math.seats?.value ?? null;
  if (!math.seats) return <p>{t("vote.rulesUnknown")}</p>;

  const computedResult = outcome.passed === null ? null : outcome.passed ? "pass" : "fail";
  const presentMin = outcome.present.min;
  const presentMax = outcome.present.max;

  return (
    <div className="space-y-3">
      <p>
        {t("vote.seats", { body: bodyName, seats: math.seats.value })}
        <CitationRef citation={math.seats.citation} />
      </p>
      <p>
        {math.passage && outcome.votesNeeded !== null ? (
          <>
            {t("vote.needed", { needed: outcome.votesNeeded, rule: shareInWords(math.passage.threshold, seats, t) })}
            <CitationRef citation={math.passage.citation} />
          </>
        ) : (
          t("vote.neededUnknown")
        )}{" "}
        {outcome.votesWon === null ? t("vote.wonUnknown") : t("vote.won", { won: outcome.votesWon })}{" "}
        {outcome.margin === null
          ? null
          : outcome.margin >= 0
            ? t("vote.margin", { margin: outcome.margin })
            : t("vote.short", { short: -outcome.margin })}
      </p>
      <p className="font-bold">
        {outcome.passed === null ? t("vote.passedUnknown") : outcome.passed ? t("vote.passedYes") : t("vote.passedNo")}
      </p>
      {result !== null && computedResult !== null && result !== computedResult ? (
        <p className="rounded-card border-l-8 border-warning bg-paper p-3">
          {t("vote.resultDisagrees", { result: t(`result.${result}`) })}
        </p>
      ) : null}
      <p>
        {math.quorum ? (
          <>
            {outcome.quorumNeeded !== null
              ? t("vote.quorum", { needed: outcome.quorumNeeded, rule: shareInWords(math.quorum.threshold, seats, t) })
              : t("vote.quorumRange", { rule: shareInWords(math.quorum.threshold, seats, t) })}
            <CitationRef citation={math.quorum.citation} />{" "}
            {outcome.quorumMet === true
              ? t("vote.quorumMet", { present: presentMin })
              : outcome.quorumMet === false && presentMax !== null
                ? t("vote.quorumNotMet", { present: presentMax })
                : t("vote.quorumUnknown")}
          </>
        ) : (
          t("vote.quorumRuleUnknown")
        )}
      </p>
      <p>
        {math.override ? (
          <>
            {t("vote.veto", {
              executive: capitalizeFirst(math.override.executive),
              rule:
                outcome.overrideNeeded !== null
                  ? t("share.withVotes", {
                      share: shareInWords(math.override.threshold, seats, t),
                      votes: outcome.overrideNeeded,
                    })
                  : shareInWords(math.override.threshold, seats, t),
            })}
            <CitationRef citation={math.override.citation} />{" "}
            {outcome.vetoProof === true && outcome.votesWon !== null
              ? t("vote.vetoProofYes", { won: outcome.votesWon })
              : outcome.vetoProof === false && outcome.votesWon !== null
                ? t("vote.vetoProofNo", { won: outcome.votesWon })
                : t("vote.vetoProofUnknown")}
          </>
        ) : (
          t("vote.noVeto")
        )}
      </p>
    </div>
  );
}
