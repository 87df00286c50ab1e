import type { Block, Citation, Explainer, Locale } from "@legible/core";
import { isoInstant } from "./dates";
import type { MeasureStory } from "./measures";

/**
 * A published explainer for a measure, in the shape and length of the seed story's (nine
 * blocks, ~10 KB), citing the measure's sources, its vote, actions and statements, so the
 * explainer page gathers as many records as a real one.
 */
export function explainerFor(story: MeasureStory, locale: Locale, translationOf?: string): Explainer {
  const { measure, city, topic, vote, actions, statements } = story;
  const es = locale === "es";
  const news: Citation = { sourceId: measure.sourceIds[0] as string };
  const charter: Citation = { sourceId: city.charterSourceId, locator: "Sec. 244" };
  const voteCitation: Citation[] = vote ? [{ record: { type: "vote-event", id: vote.id } }] : [];
  const actionCitations: Citation[] = actions.map((action) => ({ record: { type: "action", id: action.id } }));
  const tally = vote ? `${vote.counts.yes ?? 0} to ${vote.counts.no ?? 0}` : "";
  const id = (kind: string) => `block-${measure.id}-${kind}-${locale}`;
  const text = (kind: Extract<Block, { text: string }>["kind"], words: string, citations: Citation[]): Block => ({
    id: id(kind),
    kind: kind as "summary",
    text: words,
    citations,
  });
  const headline = es
    ? `${city.name}: el Concejo vota ${tally} sobre ${topic.subject}`
    : `${city.name} Council votes ${tally} on ${measure.title}`;
  const blocks: Block[] = [
    text(
      "summary",
      es
        ? `El Concejo votó ${tally} a favor de una [[ordinance|ordenanza]] sobre ${topic.subject}. ${measure.title}.`
        : `The council voted ${tally} on an [[ordinance]] about ${topic.subject}: ${measure.title}. The council has 15 seats.`,
      [news, charter, ...voteCitation],
    ),
    text("what-it-does", `${measure.abstract} ${topic.sentence} ${measure.textSections[1]?.text ?? ""}`.trim(), [
      news,
      { record: { type: "measure", id: measure.id } },
    ]),
    text(
      "what-it-does-not-do",
      "It does not change state or federal law. It does not raise taxes by itself; any new fee needs its own vote.",
      [news],
    ),
    text(
      "who-it-affects",
      `It affects residents of the ${city.name} who rely on ${topic.subject} services, and the city departments that provide them.`,
      [news],
    ),
    text(
      "what-happens-next",
      `After the council vote the measure goes to the Mayor, who may sign it or send it back. ${actions.map((action) => action.description).join(" ")}`,
      [news, ...actionCitations],
    ),
    text(
      "background",
      `${measure.textSections[0]?.text ?? ""} Councilmembers have debated ${topic.subject} for several years, and residents have asked for clearer rules and steady funding. This measure follows earlier reports from city departments on costs, staffing and who is served today.`,
      [news, ...actionCitations.slice(0, 1)],
    ),
    {
      id: id("perspectives"),
      kind: "perspectives",
      text: "Supporters and critics disagree about cost and about who benefits.",
      statementIds: statements.map((statement) => statement.id),
      citations: [news, ...statements.map((s): Citation => ({ record: { type: "statement", id: s.id } }))],
    },
    {
      id: id("questions"),
      kind: "questions",
      items: [
        { question: "Is it law now?", answer: "Not until the Mayor signs it or the council overrides a veto." },
        { question: "Who voted for it?", answer: `The roll call is on record: ${tally}.` },
        { question: "Does it cost money?", answer: "City departments must report costs before money is spent." },
      ],
      citations: [news, ...voteCitation],
    },
    {
      id: id("glossary"),
      kind: "glossary",
      entries: [{ term: "ordinance", definition: "A law passed by a city council." }],
      citations: [news],
    },
  ];
  return {
    id: `explainer-${measure.id}-${locale}`,
    measureId: measure.id,
    locale,
    ...(translationOf ? { translationOf } : {}),
    status: "published",
    headline,
    blocks,
    revisions: [{ number: 1, publishedAt: isoInstant(story.day + 40), headline, blocks }],
    corrections: [],
  };
}

/** English for every story, Spanish for every other one, as translations of the English. */
export function generateExplainers(stories: MeasureStory[]): Explainer[] {
  return stories.flatMap((story, index) => {
    const english = explainerFor(story, "en");
    return index % 2 === 0 ? [english, explainerFor(story, "es", english.id)] : [english];
  });
}
