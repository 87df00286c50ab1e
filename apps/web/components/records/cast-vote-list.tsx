import { Badge } from "@legible/ui/badge";
import { voteOptionWords } from "@legible/ui/explainer";
import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import type { CastVoteView } from "@/lib/record-views";
import { RecordText } from "./record-text";
import { VoteTally } from "./vote-tally";

/** A person's votes as cards: the vote (linking to its page), how they voted, and whether with the majority. */
export function CastVoteList({ votes, recordLanguage }: { votes: readonly CastVoteView[]; recordLanguage: string }) {
  const t = useTranslations("records");
  const voteWords = useTranslations("votes");
  return (
    <ul className="space-y-3">
      {votes.map((cast) => (
        <li key={cast.vote.id} className="rounded-card border border-line bg-paper p-4">
          <p className="text-sm text-muted">
            {cast.vote.date}
            {cast.vote.body ? (
              <>
                {" · "}
                <RecordText lang={recordLanguage}>{cast.vote.body.name}</RecordText>
              </>
            ) : null}
          </p>
          <h3 className="mt-1 text-lg font-bold">
            <Link href={`/votes/${encodeURIComponent(cast.vote.id)}`} className="text-primary underline">
              <RecordText lang={recordLanguage}>{cast.vote.motionText}</RecordText>
            </Link>
          </h3>
          <p className="mt-2 flex flex-wrap items-center gap-2">
            <span>
              {t("person.theirVote")}: <strong>{voteOptionWords(voteWords, cast.option, "member")}</strong>
            </span>
            <Badge tone={cast.withMajority === null ? "neutral" : cast.withMajority ? "positive" : "negative"}>
              {cast.withMajority === null
                ? t("person.majorityUnknown")
                : cast.withMajority
                  ? t("person.withMajority")
                  : t("person.againstMajority")}
            </Badge>
          </p>
          <div className="mt-2">
            <VoteTally result={cast.vote.result} byRules={cast.vote.byRules} counts={cast.vote.counts} />
          </div>
        </li>
      ))}
    </ul>
  );
}
