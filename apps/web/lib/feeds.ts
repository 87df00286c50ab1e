import {
  type Action,
  type Body,
  blockText,
  dateRange,
  type Explainer,
  formatDate,
  type Measure,
  type Person,
  plainText,
  type Statement,
  type VoteEvent,
} from "@legible/core";
import type { DecisionView, VotesTranslate } from "@legible/ui/explainer";
import { Feed } from "feed";
import type { AppLocale } from "../i18n/routing";
import { FEED_CONTENT_TYPES, type FeedFormat, type FeedScope, feedUrl } from "./feed-urls";
import type { MachineText } from "./machine-text";
import { absolute, pageUrl, recordUrl } from "./site-paths";
import { summarizeVote } from "./vote-summary";

// Feeds of the public records in three formats: RSS 2.0 and Atom 1.0, written by the `feed`
// package, and JSON Feed 1.1 (the package writes only JSON Feed 1.0, and as HTML). A feed is
// built once as plain text (LegibleFeed) and escaped for each format as it is written: HTML for
// RSS and Atom, none for JSON Feed's content_text. Items link to the localized pages; ids are
// stable, so a reader shows each item once, and a new explainer revision (a new id) shows as a
// new item.

/** Display names of the records items mention, by id. */
export interface RecordNames {
  measures: Record<string, string>;
  bodies: Record<string, string>;
  people: Record<string, string>;
}

/** How a feed words its votes: core's decision on each (by vote id, from the API) and the words for it. */
export interface VoteWords {
  decisions: Record<string, DecisionView<null>>;
  t: VotesTranslate;
}

interface FeedEntry {
  id: string;
  title: string;
  link: string;
  date: Date;
  published?: Date;
  description?: string;
}

/**
 * A date with no time of day (a vote on 2024-11-19) is placed at noon UTC, which falls on the
 * same calendar day in the Americas and in Europe, so readers show the day it happened.
 */
export function partialDateToInstant(date: string | null | undefined): Date | null {
  const range = date ? dateRange(date) : undefined;
  return range ? new Date(`${range.start}T12:00:00Z`) : null;
}

function instant(value: string | undefined): Date {
  return value ? new Date(value) : new Date(0);
}

function summaryOf(explainer: Explainer): string | undefined {
  const summary = explainer.blocks.find((block) => block.kind === "summary");
  return summary ? plainText(blockText(summary)) : undefined;
}

/**
 * An explainer's publications: the latest only (site feed) or every revision (a measure's
 * feed). Only published explainers reach here, as their public view.
 */
function explainerEntries(explainer: Explainer, locale: AppLocale, t: MachineText, every: boolean): FeedEntry[] {
  const link = recordUrl("explainer", explainer.measureId, locale);
  const first = explainer.revisions[0];
  const revisions = every ? explainer.revisions : explainer.revisions.slice(-1);
  return revisions.map((revision) => ({
    id: `${link}#revision-${revision.number}`,
    title: t(revision.number === 1 ? "feeds.explainer.published" : "feeds.explainer.updated", {
      headline: revision.headline,
    }),
    link,
    date: instant(revision.publishedAt),
    published: instant(first?.publishedAt),
    description: summaryOf({ ...explainer, blocks: revision.blocks }),
  }));
}

function voteEntry(
  vote: VoteEvent,
  names: RecordNames,
  locale: AppLocale,
  t: MachineText,
  words: VoteWords,
): FeedEntry {
  const link = recordUrl("vote", vote.id, locale);
  const body = names.bodies[vote.bodyId] ?? vote.bodyId;
  const summary = summarizeVote({ vote, decision: words.decisions[vote.id] }, locale, t, words.t);
  const description = t("feeds.vote.description", { body, date: summary.date, counts: summary.countsText });
  return {
    id: link,
    title: t("feeds.vote.title", { motion: vote.motionText, result: summary.resultWithTally }),
    link,
    date: partialDateToInstant(vote.date) ?? instant(vote.updatedAt),
    // What the vote decided, what that needed and the result by the rules, as its page says.
    description: summary.explanation ? `${description} ${summary.explanation}` : description,
  };
}

function actionEntry(
  action: Action,
  measure: Pick<Measure, "id" | "title">,
  locale: AppLocale,
  t: MachineText,
): FeedEntry {
  const link = recordUrl("measure", measure.id, locale);
  return {
    id: `${link}#action-${encodeURIComponent(action.id)}`,
    title: action.description,
    link,
    date: partialDateToInstant(action.date) ?? instant(action.updatedAt),
    description: t("feeds.action.description", { measure: measure.title, date: formatDate(action.date, locale) }),
  };
}

function statementEntry(
  statement: Statement,
  speaker: string,
  names: RecordNames,
  locale: AppLocale,
  t: MachineText,
): FeedEntry {
  const measure = statement.measureId ? names.measures[statement.measureId] : undefined;
  const link =
    statement.measureId && measure
      ? recordUrl("measure", statement.measureId, locale)
      : statement.speakerPersonId
        ? recordUrl("person", statement.speakerPersonId, locale)
        : absolute("/");
  const date = statement.date ? formatDate(statement.date, locale) : t("feeds.statement.undated");
  return {
    id: `${link}#statement-${encodeURIComponent(statement.id)}`,
    title: measure
      ? t("feeds.statement.title", { speaker, stance: statement.stance, measure })
      : t("feeds.statement.titleNoMeasure", { speaker }),
    link,
    date: partialDateToInstant(statement.date) ?? instant(statement.updatedAt),
    description: `“${statement.text}” (${date})`,
  };
}

/**
 * Record text as HTML. Atom entries' title and summary are written with type="html", and RSS
 * readers read an item's description (and often its title) as HTML: text like `<img onerror=…>`
 * in a headline or a quote must reach them escaped, to be shown, never run.
 */
export function asHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function newestFirst(entries: FeedEntry[]): FeedEntry[] {
  return [...entries].sort((a, b) => b.date.getTime() - a.date.getTime() || a.id.localeCompare(b.id));
}

interface FeedHead {
  title: string;
  description: string;
  /** The page the feed is about. */
  link: string;
}

/** A feed before it is written in a format: its head and its items, newest first, as plain text. */
export interface LegibleFeed {
  locale: AppLocale;
  scope: FeedScope;
  head: FeedHead;
  items: FeedEntry[];
}

function buildFeed(locale: AppLocale, scope: FeedScope, head: FeedHead, entries: FeedEntry[]): LegibleFeed {
  return { locale, scope, head, items: newestFirst(entries) };
}

/** The newest item's date, not the time of the request: the same records give the same feed. */
function updatedOf(feed: LegibleFeed): Date {
  return feed.items[0]?.date ?? new Date(0);
}

function xmlFeed(feed: LegibleFeed): Feed {
  const { locale, scope, head } = feed;
  const written = new Feed({
    id: feedUrl(locale, scope, "atom"),
    title: head.title,
    description: head.description,
    link: head.link,
    language: locale,
    updated: updatedOf(feed),
    generator: "Legible",
    feedLinks: { rss: feedUrl(locale, scope, "rss"), atom: feedUrl(locale, scope, "atom") },
  });
  for (const entry of feed.items) {
    written.addItem({
      ...entry,
      title: asHtml(entry.title),
      ...(entry.description === undefined ? {} : { description: asHtml(entry.description) }),
      guid: entry.id,
    });
  }
  return written;
}

/** A JSON Feed 1.1 document (https://www.jsonfeed.org/version/1.1/): plain text, no HTML. */
export interface JsonFeed {
  version: "https://jsonfeed.org/version/1.1";
  title: string;
  home_page_url: string;
  feed_url: string;
  description: string;
  language: string;
  items: Array<{
    id: string;
    url: string;
    title: string;
    content_text: string;
    date_published: string;
    date_modified: string;
  }>;
}

function jsonFeed(feed: LegibleFeed): JsonFeed {
  const { locale, scope, head } = feed;
  return {
    version: "https://jsonfeed.org/version/1.1",
    title: head.title,
    home_page_url: head.link,
    feed_url: feedUrl(locale, scope, "json"),
    description: head.description,
    language: locale,
    items: feed.items.map((entry) => ({
      id: entry.id,
      url: entry.link,
      title: entry.title,
      // JSON Feed needs content_text or content_html; an item without a description repeats its title.
      content_text: entry.description ?? entry.title,
      date_published: (entry.published ?? entry.date).toISOString(),
      date_modified: entry.date.toISOString(),
    })),
  };
}

/** The feed written as RSS 2.0, Atom 1.0 or JSON Feed 1.1. */
export function renderFeed(feed: LegibleFeed, format: FeedFormat): string {
  switch (format) {
    case "rss":
      return xmlFeed(feed).rss2();
    case "atom":
      return xmlFeed(feed).atom1();
    case "json":
      return JSON.stringify(jsonFeed(feed), null, 2);
  }
}

/** The site feed: the latest published explainers in this language and the latest votes. */
export function siteFeed(
  data: { explainers: Explainer[]; votes: VoteEvent[]; names: RecordNames; decisions: VoteWords["decisions"] },
  locale: AppLocale,
  t: MachineText,
  votes: VotesTranslate,
): LegibleFeed {
  return buildFeed(
    locale,
    { kind: "site" },
    { title: t("feeds.site.title"), description: t("feeds.site.description"), link: pageUrl("/", locale) },
    [
      ...data.explainers.flatMap((explainer) => explainerEntries(explainer, locale, t, false)),
      ...data.votes.map((vote) => voteEntry(vote, data.names, locale, t, { decisions: data.decisions, t: votes })),
    ],
  );
}

/** A measure's feed: its steps, its votes and every publication of its explainer in this language. */
export function measureFeed(
  data: {
    measure: Measure;
    actions: Action[];
    votes: VoteEvent[];
    explainers: Explainer[];
    names: RecordNames;
    decisions: VoteWords["decisions"];
  },
  locale: AppLocale,
  t: MachineText,
  votes: VotesTranslate,
): LegibleFeed {
  const { measure } = data;
  return buildFeed(
    locale,
    { kind: "measure", id: measure.id },
    {
      title: t("feeds.measure.title", { title: measure.title }),
      description: t("feeds.measure.description", { title: measure.title }),
      link: recordUrl("measure", measure.id, locale),
    },
    [
      ...data.actions.map((action) => actionEntry(action, measure, locale, t)),
      ...data.votes.map((vote) => voteEntry(vote, data.names, locale, t, { decisions: data.decisions, t: votes })),
      ...data.explainers
        .filter((explainer) => explainer.locale === locale)
        .flatMap((explainer) => explainerEntries(explainer, locale, t, true)),
    ],
  );
}

/** A person's feed: the votes they cast on record and their statements. */
export function personFeed(
  data: {
    person: Person;
    votes: VoteEvent[];
    statements: Statement[];
    names: RecordNames;
    decisions: VoteWords["decisions"];
  },
  locale: AppLocale,
  t: MachineText,
  votes: VotesTranslate,
): LegibleFeed {
  const { person } = data;
  return buildFeed(
    locale,
    { kind: "person", id: person.id },
    {
      title: t("feeds.person.title", { name: person.name }),
      description: t("feeds.person.description", { name: person.name }),
      link: recordUrl("person", person.id, locale),
    },
    [
      ...data.votes.map((vote) => voteEntry(vote, data.names, locale, t, { decisions: data.decisions, t: votes })),
      ...data.statements.map((statement) => statementEntry(statement, person.name, data.names, locale, t)),
    ],
  );
}

/** A body's feed: its latest votes and the latest steps it took on measures. */
export function bodyFeed(
  data: {
    body: Pick<Body, "id" | "name">;
    votes: VoteEvent[];
    actions: Action[];
    names: RecordNames;
    decisions: VoteWords["decisions"];
  },
  locale: AppLocale,
  t: MachineText,
  votes: VotesTranslate,
): LegibleFeed {
  const { body } = data;
  return buildFeed(
    locale,
    { kind: "body", id: body.id },
    {
      title: t("feeds.body.title", { name: body.name }),
      description: t("feeds.body.description", { name: body.name }),
      link: recordUrl("body", body.id, locale),
    },
    [
      ...data.votes.map((vote) => voteEntry(vote, data.names, locale, t, { decisions: data.decisions, t: votes })),
      ...data.actions.map((action) =>
        actionEntry(
          action,
          { id: action.measureId, title: data.names.measures[action.measureId] ?? action.measureId },
          locale,
          t,
        ),
      ),
    ],
  );
}

/** A match a search's feed lists: the page it opens and its text, as the API gives them. */
export interface SearchFeedItem {
  type: string;
  id: string;
  /** The page, without the locale prefix. */
  path: string;
  /** The language of the page it opens. */
  locale: AppLocale;
  /** When it last happened, an ISO instant. */
  date: string;
  title: string;
  snippet: string;
}

/** A search's feed: its matches, newest first, each linking the page search would open. */
export function searchFeed(data: { query: string; items: SearchFeedItem[] }, locale: AppLocale, t: MachineText) {
  const query = data.query.trim();
  return buildFeed(
    locale,
    { kind: "search", q: query },
    {
      title: t("feeds.search.title", { query }),
      description: t("feeds.search.description", { query }),
      link: `${pageUrl("/search", locale)}?q=${encodeURIComponent(query)}`,
    },
    data.items.map((item) => {
      const link = pageUrl(item.path, item.locale);
      return {
        id: link,
        title: item.title,
        link,
        date: new Date(item.date),
        ...(item.snippet ? { description: item.snippet } : {}),
      };
    }),
  );
}

/** The feed in a format, cacheable for five minutes like the pages. */
export function feedResponse(feed: LegibleFeed, format: FeedFormat): Response {
  return new Response(renderFeed(feed, format), { headers: { "Content-Type": FEED_CONTENT_TYPES[format] } });
}
