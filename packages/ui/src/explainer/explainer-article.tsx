import { Background } from "./background";
import { Contents } from "./contents";
import { Glossary } from "./glossary";
import { NextSteps } from "./next-steps";
import { Perspectives } from "./perspectives";
import { Questions } from "./questions";
import { RecordsChanged } from "./records-changed";
import { ExplainerSection } from "./section";
import { SourcesList } from "./sources-list";
import { SummaryBox } from "./summary-box";
import { TextSection } from "./text-section";
import { Timeline } from "./timeline";
import type { ExplainerView } from "./types";
import { Updates } from "./updates";
import { VoteCard } from "./vote-card";
import { WhosWho } from "./whos-who";
import type { ExplainerWords } from "./words";

/**
 * The explainer as residents read it: the public page renders it, and so does the staff
 * preview, from the same view builder, so what staff check is what residents get. Server
 * components only: it adds no JavaScript to the public page.
 */
export function ExplainerArticle({ view, words }: { view: ExplainerView; words: ExplainerWords }) {
  const t = words.t("explainer");
  const recordLang = view.recordsLocale === view.locale ? undefined : view.recordsLocale;

  // Sections in the order the view numbers sources; "On this page" lists those shown.
  const sections = [
    { id: "what-it-does", title: t("sections.whatItDoes"), shown: view.whatItDoes !== null },
    { id: "what-it-does-not-do", title: t("sections.whatItDoesNotDo"), shown: view.whatItDoesNotDo !== null },
    { id: "who-it-affects", title: t("sections.whoItAffects"), shown: view.whoItAffects !== null },
    { id: "vote", title: t("sections.vote"), shown: true },
    { id: "next", title: t("sections.next"), shown: true },
    { id: "timeline", title: t("sections.timeline"), shown: view.timeline.length > 0 },
    { id: "who", title: t("sections.who"), shown: view.people.length + view.bodies.length > 0 },
    { id: "perspectives", title: t("sections.perspectives"), shown: view.perspectives !== null },
    {
      id: "background",
      title: t("sections.background"),
      shown: view.background !== null || view.relatedMeasures.length > 0,
    },
    { id: "questions", title: t("sections.questions"), shown: view.questions !== null },
    { id: "glossary", title: t("sections.glossary"), shown: view.glossary !== null },
    { id: "sources", title: t("sections.sources"), shown: view.sources.length > 0 },
    { id: "updates", title: t("sections.updates"), shown: true },
  ].filter((section) => section.shown);

  return (
    <article lang={view.locale}>
      <header>
        <p className="text-sm font-bold tracking-wide text-primary-dark uppercase">
          {t("kicker", { kind: t(`classification.${view.measure.classification}`) })}
        </p>
        <h1 className="mt-2 font-serif text-3xl leading-tight font-bold sm:text-4xl">{view.headline}</h1>
        <p className="mt-3 text-sm text-muted">
          {t.rich("lastUpdated", {
            date: () => <time dateTime={view.lastUpdated.publishedAt}>{view.lastUpdated.date}</time>,
          })}
        </p>
        {recordLang ? <p className="mt-1 text-sm text-muted">{t("recordsLanguage")}</p> : null}
      </header>

      <RecordsChanged words={words} changed={view.recordsChanged} />
      <SummaryBox words={words} view={view} recordLang={recordLang} />
      <Contents words={words} sections={sections} />

      <TextSection words={words} id="what-it-does" title={t("sections.whatItDoes")} block={view.whatItDoes} />
      <TextSection
        words={words}
        id="what-it-does-not-do"
        title={t("sections.whatItDoesNotDo")}
        block={view.whatItDoesNotDo}
      />
      <TextSection words={words} id="who-it-affects" title={t("sections.whoItAffects")} block={view.whoItAffects} />
      <ExplainerSection id="vote" title={t("sections.vote")}>
        {view.votes.length === 0 ? <p className="mt-3">{t("vote.none")}</p> : null}
        {view.votes.map((vote) => (
          <VoteCard key={vote.id} words={words} vote={vote} recordLang={recordLang} />
        ))}
      </ExplainerSection>
      <NextSteps words={words} stage={view.stage} block={view.whatHappensNext} />
      <Timeline words={words} items={view.timeline} recordLang={recordLang} />
      <WhosWho words={words} people={view.people} bodies={view.bodies} recordLang={recordLang} />
      <Perspectives words={words} view={view.perspectives} recordLang={recordLang} />
      <Background words={words} block={view.background} related={view.relatedMeasures} recordLang={recordLang} />
      <Questions words={words} questions={view.questions} />
      <Glossary words={words} glossary={view.glossary} />
      <SourcesList words={words} sources={view.sources} recordLang={recordLang} />
      <Updates words={words} lastUpdated={view.lastUpdated} corrections={view.corrections} />
    </article>
  );
}
