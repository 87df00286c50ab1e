import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { InferredDetails, InferredMark } from "../inferred";
import { Citations, SourceLink } from "./citations";
import { RecordLink } from "./record-link";
import { SeatChart } from "./seat-chart";
import { ThresholdWords } from "./threshold-words";
import type { CitationRef, RecordLang, VoteCardView } from "./types";

function Fact({ term, citations, children }: { term: string; citations: CitationRef[]; children: ReactNode }) {
  return (
    <div className="border-t border-line py-2">
      <dt className="font-bold">{term}</dt>
      <dd className="mt-0.5">
        {children}
        {citations.map((citation) => (
          <span key={citation.number} className="ml-1.5">
            <SourceLink citation={citation} />
          </span>
        ))}
      </dd>
    </div>
  );
}

/** A vote with its math: the tally, the votes needed and why, quorum, veto, and the roll call. */
export function VoteCard({ vote, recordLang }: { vote: VoteCardView; recordLang: RecordLang }) {
  const t = useTranslations("explainer.vote");
  const { outcome, seats } = vote;
  const passed = outcome.passed ?? (vote.recordedResult === null ? null : vote.recordedResult === "pass");
  const result = passed === null ? t("result.unknown") : passed ? t("result.passed") : t("result.failed");
  return (
    <article
      id={`vote-${vote.id}`}
      aria-labelledby={`vote-${vote.id}-heading`}
      className="mt-4 rounded-card border border-line bg-paper p-4 sm:p-6"
    >
      <h3 id={`vote-${vote.id}-heading`} className="font-bold">
        <span lang={recordLang}>{vote.bodyName ?? t("unknownBody")}</span>, {vote.date}
        <InferredMark inferred={vote.dateInferred} />
      </h3>
      <InferredDetails inferred={vote.dateInferred} className="mt-1" />
      <p className="mt-1 text-sm text-muted">
        {t("motion")} <span lang={recordLang}>{vote.motionText}</span>
      </p>
      <p className="mt-3 font-serif text-2xl font-bold">
        {result}
        {outcome.passed === null && vote.recordedResult !== null ? (
          <span className="block font-sans text-base font-normal text-muted">{t("result.asRecorded")}</span>
        ) : null}
      </p>

      <ul className="mt-3 flex flex-wrap gap-x-6 gap-y-2">
        {vote.counts.map(({ option, count, inferred }) => (
          <li key={option} className="flex flex-col">
            <span className="text-3xl font-bold">{t("count", { count })}</span>
            <span className="text-sm text-muted">
              {t(`options.${option.replace(" ", "-")}`)}
              <InferredMark inferred={inferred} kind="number" />
            </span>
          </li>
        ))}
      </ul>
      {vote.counts.map(({ option, inferred }) => (
        <InferredDetails
          key={option}
          inferred={inferred}
          subject={t(`options.${option.replace(" ", "-")}`)}
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
        <Fact term={t("needed.term")} citations={vote.ruleCitations.passage}>
          {outcome.votesNeeded === null ? (
            t("needed.unknown")
          ) : (
            <>
              {seats === null
                ? t("needed.count", { needed: outcome.votesNeeded })
                : t("needed.ofSeats", { needed: outcome.votesNeeded, seats })}{" "}
              {vote.passageRule ? (
                <span className="text-muted">
                  (<ThresholdWords threshold={vote.passageRule} seats={seats} />)
                </span>
              ) : null}
            </>
          )}
        </Fact>
        <Fact term={t("won.term")} citations={[]}>
          {outcome.votesWon === null
            ? t("won.unknown")
            : outcome.margin === null
              ? t("won.count", { won: outcome.votesWon })
              : t("won.withMargin", { won: outcome.votesWon, margin: outcome.margin })}
        </Fact>
        <Fact term={t("seats.term")} citations={vote.ruleCitations.seats}>
          {seats === null ? t("seats.unknown") : t("seats.count", { seats })}
        </Fact>
        <Fact term={t("quorum.term")} citations={vote.ruleCitations.quorum}>
          {outcome.quorumNeeded === null
            ? t("quorum.unknownNeeded")
            : t("quorum.needed", { needed: outcome.quorumNeeded })}{" "}
          {outcome.quorumMet === true
            ? t("quorum.met", { present: outcome.present.min })
            : outcome.quorumMet === false
              ? t("quorum.notMet")
              : t("quorum.unknown")}
        </Fact>
        {vote.executiveTitle !== null ? (
          <Fact term={t("veto.term")} citations={vote.ruleCitations.override}>
            {outcome.vetoProof === null || outcome.overrideNeeded === null
              ? t("veto.unknown", { executive: vote.executiveTitle })
              : outcome.vetoProof
                ? t("veto.proof", { executive: vote.executiveTitle, needed: outcome.overrideNeeded })
                : t("veto.notProof", { executive: vote.executiveTitle, needed: outcome.overrideNeeded })}
          </Fact>
        ) : null}
        <Fact term={t("rollCall.term")} citations={[]}>
          {vote.rollCall === null ? (
            t("rollCall.notOnRecord")
          ) : (
            <ul className="mt-1 grid gap-x-4 sm:grid-cols-2">
              {vote.rollCall.map((entry, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: roll-call order is the record's order.
                <li key={index}>
                  <span lang={recordLang}>{entry.voterName}</span>: {t(`options.${entry.option.replace(" ", "-")}`)}
                </li>
              ))}
            </ul>
          )}
        </Fact>
      </dl>
      <Citations citations={vote.citations} />
      <p className="mt-3">
        <RecordLink kind="vote" id={vote.id}>
          {t("fullRecord")}
        </RecordLink>
      </p>
    </article>
  );
}
