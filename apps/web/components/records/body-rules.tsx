import { thresholdInWords } from "@legible/ui/explainer";
import { getFormatter, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { capitalizeFirst } from "@/lib/record-page";
import type { BodyView, CitationView } from "@/lib/record-views";
import { CitationMark } from "./source-refs";

type RulesView = NonNullable<BodyView["rules"]>;
type ThresholdView = RulesView["quorum"];

function Rule({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <dt className="font-bold">{term}</dt>
      <dd className="space-y-1">{children}</dd>
    </div>
  );
}

/** A sentence with the citation of the rule it states. */
function Cited({ citation, children }: { citation: CitationView; children: ReactNode }) {
  return (
    <p>
      {children}
      <CitationMark citation={citation} />
    </p>
  );
}

/**
 * A body's seats and voting rules in words, each with the citation it rests on: quorum, the
 * share each kind of measure needs, other actions, motions with a share of their own, readings,
 * the executive's step and when laws take effect. A rule the record does not hold is said to be
 * not on record.
 */
export async function BodyRules({ rules }: { rules: RulesView }) {
  const t = await getTranslations("records");
  const format = await getFormatter();
  const seats = rules.seats.value;
  const notOnRecord = <p>{capitalizeFirst(t("notOnRecord"))}.</p>;
  const share = (threshold: ThresholdView) => (
    <Cited citation={threshold.citation}>
      {capitalizeFirst(thresholdInWords(threshold.threshold, threshold.votes, seats, t))}
    </Cited>
  );
  const effect = (rule: RulesView["effect"]) =>
    rule ? (
      <Cited citation={rule.citation}>{t("body.effectValue", { days: rule.days, from: rule.from })}</Cited>
    ) : (
      notOnRecord
    );
  const { executive } = rules;

  return (
    <dl className="space-y-3">
      <Rule term={t("body.seats")}>
        <Cited citation={rules.seats.citation}>{t("body.seatsValue", { seats })}</Cited>
      </Rule>
      <Rule term={t("body.quorum")}>{share(rules.quorum)}</Rule>
      {rules.passage.map((passage) => (
        <Rule
          key={passage.classification}
          term={t("body.passage", { kind: t(`measureKindWithArticle.${passage.classification}`) })}
        >
          {share(passage)}
        </Rule>
      ))}
      <Rule term={t("body.otherActions")}>{rules.otherActions ? share(rules.otherActions) : notOnRecord}</Rule>
      <Rule term={t("body.motionsTitle")}>
        {rules.motions.length ? (
          <ul className="space-y-1">
            {rules.motions.map((motion) => (
              <li key={motion.motion}>
                {t(`body.motion.${motion.motion}`)}: {thresholdInWords(motion.threshold, motion.votes, seats, t)}
                <CitationMark citation={motion.citation} />
              </li>
            ))}
          </ul>
        ) : (
          <p>{t("body.motionsNone")}</p>
        )}
      </Rule>
      <Rule term={t("body.readings")}>
        {rules.readings ? (
          <Cited citation={rules.readings.citation}>
            {t("body.readingsValue", {
              kinds: capitalizeFirst(
                format.list(rules.readings.appliesTo.map((kind) => t(`measureKindPlural.${kind}`))),
              ),
              count: rules.readings.count,
            })}
            {rules.readings.unanimousFirstSuffices ? ` ${t("body.readingsUnanimous")}` : null}
          </Cited>
        ) : (
          notOnRecord
        )}
      </Rule>
      {executive ? (
        <>
          <Rule term={t("body.executive")}>
            <p>
              {t("body.executiveAppliesTo", {
                executive: capitalizeFirst(executive.title),
                kinds: format.list(executive.appliesTo.map((kind) => t(`measureKindPlural.${kind}`))),
              })}
            </p>
            {executive.daysToAct ? (
              <Cited citation={executive.daysToAct.citation}>
                {t("body.daysToAct", {
                  executive: capitalizeFirst(executive.title),
                  days: executive.daysToAct.value,
                  kind: executive.daysToAct.dayKind,
                })}
              </Cited>
            ) : (
              <p>{t("body.daysToActUnknown", { executive: executive.title })}</p>
            )}
            {executive.ifNoAction ? (
              <Cited citation={executive.ifNoAction.citation}>
                {executive.ifNoAction.value === "becomes-law"
                  ? t("body.ifNoActionBecomesLaw", { executive: executive.title })
                  : t("body.ifNoActionFails", { executive: executive.title })}
              </Cited>
            ) : (
              <p>{t("body.ifNoActionUnknown", { executive: executive.title })}</p>
            )}
          </Rule>
          <Rule term={t("body.override")}>{executive.override ? share(executive.override) : notOnRecord}</Rule>
        </>
      ) : null}
      <Rule term={t("body.effect")}>{effect(rules.effect)}</Rule>
      <Rule term={t("body.urgentEffect")}>{effect(rules.urgentEffect)}</Rule>
    </dl>
  );
}
