import type { ReactNode } from "react";
import { Citations, SourceLink } from "./citations";
import { decisionWords } from "./decision-words";
import { InferredDetails, InferredMark } from "./inferred";
import { RecordLink } from "./record-link";
import { SeatChart } from "./seat-chart";
import type { CitationRef, RecordLang, VoteCardView } from "./types";
import { voteOptionWords } from "./vote-options";
import type { ExplainerWords } from "./words";

function Fact({
  words,
  term,
  citations,
  children,
}: {
  words: ExplainerWords;
  term: string;
  citations: CitationRef[];
  children: ReactNode;
}) {
  return (
    <div className="border-t border-line py-2">
      <dt className="font-bold">{term}</dt>
      <dd className="mt-0.5">
        {children}
        {citations.map((citation) => (
          <span key={citation.number} className="ml-1.5">
            <SourceLink words={words} citation={citation} />
          </span>
        ))}
      </dd>
    </div>
  );
}

/**
 * A vote with core's decision on it: what the vote decided, the result by the rules for that
 * motion, the tally, the votes that motion needed and why, quorum, veto, and the roll call.
 */
export function VoteCard({
  words,
  vote,
  recordLang,
}: {
  words: ExplainerWords;
  vote: VoteCardView;
  recordLang: RecordLang;
}) {
  const t = words.t("explainer.vote");
  const { decision } = vote;
  const { outcome } = decision;
  const seats = decision.seats?.value ?? null;
  const votes = words.t("votes");
  const said = decisionWords(decision, votes);
  return (
    <article
      id={`vote-${vote.id}`}
      aria-labelledby={`vote-${vote.id}-heading`}
      className="mt-4 rounded-card border border-line bg-paper p-4 sm:p-6"
    >
      <h3 id={`vote-${vote.id}-heading`} className="font-bold">
        <span lang={recordLang}>{vote.bodyName ?? t("unknownBody")}</span>, {vote.date}
        <InferredMark words={words} inferred={vote.dateInferred} />
      </h3>
      <InferredDetails words={words} inferred={vote.dateInferred} className="mt-1" />
      <p className="mt-1 text-sm text-muted">
        {t("motion")} <span lang={recordLang}>{vote.motionText}</span>
      </p>
      <p className="mt-1">{said.decided}</p>
      <p className="mt-3 font-serif text-2xl font-bold">
        {said.resultKey === "unknown" ? (
          <>
            {said.recorded}
            <span className="block font-sans text-base font-normal text-muted">{said.result}</span>
          </>
        ) : (
          said.result
        )}
      </p>
      {said.disagreement ? (
        <p className="mt-2 rounded-card border-l-8 border-warning bg-canvas p-3">{said.disagreement}</p>
      ) : null}

      <ul className="mt-3 flex flex-wrap gap-x-6 gap-y-2">
        {vote.counts.map(({ option, count, inferred }) => (
          <li key={option} className="flex flex-col">
            <span className="text-3xl font-bold">{t("count", { count })}</span>
            <span className="text-sm text-muted">
              {voteOptionWords(votes, option, "count")}
              <InferredMark words={words} inferred={inferred} kind="number" />
            </span>
          </li>
        ))}
      </ul>
      {vote.counts.map(({ option, inferred }) => (
        <InferredDetails
          words={words}
          key={option}
          inferred={inferred}
          subject={voteOptionWords(votes, option, "count")}
          className="mt-1"
        />
      ))}
      <SeatChart vote={vote} />
      {outcome.votesNeeded !== null && seats !== null ? (
        <p className="mt-1 text-sm text-muted" aria-hidden="true">
          {t("chartNeeded", { needed: outcome.votesNeeded })}
        </p>
      ) : null}

      <dl className="mt-4">
        <Fact words={words} term={t("needed.term")} citations={said.neededShort.citation ?? []}>
          {said.neededShort.text}
          {said.ruleNote ? <span className="block text-muted">{said.ruleNote}</span> : null}
        </Fact>
        <Fact words={words} term={t("won.term")} citations={[]}>
          {outcome.votesWon === null
            ? t("won.unknown")
            : outcome.margin === null
              ? t("won.count", { won: outcome.votesWon })
              : t("won.withMargin", { won: outcome.votesWon, margin: outcome.margin })}
        </Fact>
        <Fact words={words} term={t("seats.term")} citations={decision.seats?.citation ?? []}>
          {seats === null ? t("seats.unknown") : t("seats.count", { seats })}
        </Fact>
        <Fact words={words} term={t("quorum.term")} citations={decision.quorum?.citation ?? []}>
          {outcome.quorumNeeded === null
            ? t("quorum.unknownNeeded")
            : t("quorum.needed", { needed: outcome.quorumNeeded })}{" "}
          {outcome.quorumMet === true
            ? t("quorum.met", { present: outcome.present.min })
            : outcome.quorumMet === false
              ? t("quorum.notMet")
              : t("quorum.unknown")}
        </Fact>
        {/* Only for a vote that passed a measure the executive then acts on. */}
        {said.veto && decision.veto ? (
          <Fact words={words} term={t("veto.term")} citations={said.veto.rule.citation ?? []}>
            {outcome.vetoProof === null || outcome.overrideNeeded === null
              ? t("veto.unknown", { executive: decision.veto.executive })
              : outcome.vetoProof
                ? t("veto.proof", { executive: decision.veto.executive, needed: outcome.overrideNeeded })
                : t("veto.notProof", { executive: decision.veto.executive, needed: outcome.overrideNeeded })}
          </Fact>
        ) : null}
        <Fact words={words} term={t("rollCall.term")} citations={[]}>
          {vote.rollCall === null ? (
            t("rollCall.notOnRecord")
          ) : (
            <ul className="mt-1 grid gap-x-4 sm:grid-cols-2">
              {vote.rollCall.map((entry, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: roll-call order is the record's order.
                <li key={index}>
                  <span lang={recordLang}>{entry.voterName}</span>: {voteOptionWords(votes, entry.option, "member")}
                </li>
              ))}
            </ul>
          )}
        </Fact>
      </dl>
      <Citations words={words} citations={vote.citations} />
      <p className="mt-3">
        <RecordLink words={words} kind="vote" id={vote.id}>
          {t("fullRecord")}
        </RecordLink>
      </p>
    </article>
  );
}
