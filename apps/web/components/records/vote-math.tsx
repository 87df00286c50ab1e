import { decisionWords, shareInWords } from "@legible/ui/explainer";
import { getTranslations } from "next-intl/server";
import type { VoteView } from "@/lib/record-views";
import { CitationMark } from "./source-refs";

/**
 * A vote's math in sentences, from core's decision on it: what the vote decided, what the rule
 * for that motion needed (with its citation), what the counts gave, the result by the rules,
 * where the record disagrees, quorum, and whether it would survive a veto. An unknown is said
 * to be unknown, with the reason.
 */
export async function VoteMath({ math, bodyName }: { math: VoteView["math"]; bodyName: string }) {
  const t = await getTranslations("records");
  const words = decisionWords(math, await getTranslations("votes"));
  const { outcome } = math;
  const seats = math.seats?.value ?? null;

  return (
    <div className="space-y-3">
      <p>{words.decided}</p>
      {math.seats ? (
        <p>
          {t("vote.seats", { body: bodyName, seats: math.seats.value })}
          <CitationMark citation={math.seats.citation} />
        </p>
      ) : null}
      <p>
        {words.needed ? (
          <>
            {words.needed.text}
            {words.needed.citation ? <CitationMark citation={words.needed.citation} /> : null}
            {words.ruleNote ? ` ${words.ruleNote}` : null}{" "}
          </>
        ) : null}
        {words.won}
      </p>
      <p className="font-bold">{words.result}</p>
      {words.disagreement ? (
        <p className="rounded-card border-l-8 border-warning bg-paper p-3">{words.disagreement}</p>
      ) : null}
      {math.seats ? (
        <p>
          {math.quorum ? (
            <>
              {outcome.quorumNeeded !== null
                ? t("vote.quorum", {
                    needed: outcome.quorumNeeded,
                    rule: shareInWords(math.quorum.threshold, seats, t),
                  })
                : t("vote.quorumRange", { rule: shareInWords(math.quorum.threshold, seats, t) })}
              <CitationMark citation={math.quorum.citation} />{" "}
              {outcome.quorumMet === true
                ? t("vote.quorumMet", { present: outcome.present.min })
                : outcome.quorumMet === false && outcome.present.max !== null
                  ? t("vote.quorumNotMet", { present: outcome.present.max })
                  : t("vote.quorumUnknown")}
            </>
          ) : (
            t("vote.quorumRuleUnknown")
          )}
        </p>
      ) : null}
      {words.veto ? (
        <p>
          {words.veto.rule.text}
          {words.veto.rule.citation ? <CitationMark citation={words.veto.rule.citation} /> : null}
          {words.veto.proof ? ` ${words.veto.proof}` : null}
        </p>
      ) : words.noVeto ? (
        <p>{words.noVeto}</p>
      ) : null}
    </div>
  );
}
