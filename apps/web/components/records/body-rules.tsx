import { getFormatter, getTranslations } from "next-intl/server";
import { capitalizeFirst } from "../../lib/record-page";
import type { BodyView } from "../../lib/record-views";
import { thresholdInWords } from "../../lib/threshold-words";
import { CitationRef } from "./source-refs";

/** A body's seats and voting rules in words, each with the citation it rests on. */
export async function BodyRules({ rules }: { rules: NonNullable<BodyView["rules"]> }) {
  const t = await getTranslations("records");
  const format = await getFormatter();
  const seats = rules.seats.value;
  const rule = (threshold: NonNullable<BodyView["rules"]>["quorum"]) =>
    capitalizeFirst(thresholdInWords(threshold.threshold, threshold.votes, seats, t));
  const executive = rules.executive;

  return (
    <dl className="space-y-3">
      <div>
        <dt className="font-bold">{t("body.seats")}</dt>
        <dd>
          {t("body.seatsValue", { seats })}
          <CitationRef citation={rules.seats.citation} />
        </dd>
      </div>
      <div>
        <dt className="font-bold">{t("body.quorum")}</dt>
        <dd>
          {rule(rules.quorum)}
          <CitationRef citation={rules.quorum.citation} />
        </dd>
      </div>
      {rules.passage.map((passage) => (
        <div key={passage.classification}>
          <dt className="font-bold">
            {t("body.passage", { kind: t(`measureKindWithArticle.${passage.classification}`) })}
          </dt>
          <dd>
            {rule(passage)}
            <CitationRef citation={passage.citation} />
          </dd>
        </div>
      ))}
      {executive ? (
        <>
          <div>
            <dt className="font-bold">{t("body.executive")}</dt>
            <dd className="space-y-1">
              <p>
                {t("body.executiveAppliesTo", {
                  executive: capitalizeFirst(executive.title),
                  kinds: format.list(executive.appliesTo.map((kind) => t(`measureKindPlural.${kind}`))),
                })}
              </p>
              <p>
                {executive.daysToAct ? (
                  <>
                    {t("body.daysToAct", {
                      executive: capitalizeFirst(executive.title),
                      days: executive.daysToAct.value,
                    })}
                    <CitationRef citation={executive.daysToAct.citation} />
                  </>
                ) : (
                  t("body.daysToActUnknown", { executive: executive.title })
                )}
              </p>
              {executive.ifNoAction ? (
                <p>
                  {executive.ifNoAction.value === "becomes-law"
                    ? t("body.ifNoActionBecomesLaw", { executive: executive.title })
                    : t("body.ifNoActionFails", { executive: executive.title })}
                  <CitationRef citation={executive.ifNoAction.citation} />
                </p>
              ) : null}
            </dd>
          </div>
          <div>
            <dt className="font-bold">{t("body.override")}</dt>
            <dd>
              {rule(executive.override)}
              <CitationRef citation={executive.override.citation} />
            </dd>
          </div>
        </>
      ) : null}
    </dl>
  );
}
