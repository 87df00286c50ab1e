import { voteDecisionView } from "@legible/api";
import { describe, expect, it } from "vitest";
import { type ElementCompact, xml2js } from "xml-js";
import { parseFeedFile } from "./feed-urls";
import {
  asHtml,
  bodyFeed,
  type JsonFeed,
  measureFeed,
  partialDateToInstant,
  personFeed,
  renderFeed,
  searchFeed,
  siteFeed,
} from "./feeds";
import { machineText, votesText } from "./machine-text";
import { byId, seedRecords } from "./test-seed.test-support";

process.env.LEGIBLE_PUBLIC_URL = "https://legible.example";

const seed = seedRecords();
const vote = byId(seed.voteEvents, "vote-council-2024-11-19");
const measure = byId(seed.measures, "measure-sanctuary-ordinance");
const english = byId(seed.explainers, "explainer-sanctuary-ordinance-en");
const spanish = byId(seed.explainers, "explainer-sanctuary-ordinance-es");
const body = byId(seed.bodies, "body-la-city-council");
/** The API's decision on each vote, as the feeds receive it. */
const decisionsIn = (locale: "en" | "es") => ({
  [vote.id]: voteDecisionView({ vote, measure, rules: body.rules, locale, cite: () => null }),
});
const names = {
  measures: { [measure.id]: measure.title },
  bodies: { "body-la-city-council": "Los Angeles City Council" },
  people: {},
};

describe("feeds", () => {
  it("the Spanish site feed links the Spanish pages, newest first, in RSS and Atom", async () => {
    const feed = siteFeed(
      { explainers: [spanish], votes: [vote], names, decisions: decisionsIn("es") },
      "es",
      await machineText("es"),
      await votesText("es"),
    );
    const rss = renderFeed(feed, "rss");
    expect(rss).toContain("<title>Legible: nuevas explicaciones y votaciones</title>");
    expect(rss).toContain("<link>https://legible.example/es/explainers/measure-sanctuary-ordinance</link>");
    expect(rss).toContain("Votación: Pass the sanctuary city ordinance. Aprobada 13 a 0");
    // What the vote decided, what that needed and the result by the rules, as the vote page says.
    expect(rss).toContain(
      "Esta votación era para aprobar la medida. Necesitaba 8 votos a favor: la mayoría de los 15 escaños. Según las reglas registradas, se aprobó.",
    );
    expect(rss.indexOf("Explicación: El Concejo")).toBeLessThan(rss.indexOf("Votación:"));
    const atom = renderFeed(feed, "atom");
    expect(atom).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
    expect(atom).toContain("<id>https://legible.example/feeds/es/site.atom</id>");
    expect(atom).toContain("https://legible.example/es/votes/vote-council-2024-11-19");
  });

  it("a measure's feed has each step, the vote and every explainer revision in its language", async () => {
    const actions = seed.actions.filter((a) => a.measureId === measure.id);
    const revised = {
      ...english,
      revisions: [
        ...english.revisions,
        { number: 2, publishedAt: "2024-12-01T10:00:00Z", headline: "New headline", blocks: [] },
      ],
    };
    const feed = measureFeed(
      { measure, actions, votes: [vote], explainers: [revised, spanish], names, decisions: decisionsIn("en") },
      "en",
      await machineText("en"),
      await votesText("en"),
    );
    const titles = feed.items.map((item) => item.title);
    // Newest first: the second revision, then the first; the Spanish explainer stays out.
    expect(titles.slice(0, 2)).toEqual([
      "Explainer updated: New headline",
      "Explainer: Los Angeles City Council votes 13-0 to make the city a sanctuary by law",
    ]);
    expect(titles).toContain("Vote: Pass the sanctuary city ordinance. Passed 13 to 0");
    for (const action of actions) expect(titles).toContain(action.description);
    expect(feed.items).toHaveLength(3 + actions.length);
  });

  it("a person's feed quotes their statements, saying so when the date is not on record", async () => {
    const statement = byId(seed.statements, "statement-bass");
    const feed = personFeed(
      { person: byId(seed.people, "person-karen-bass"), votes: [], statements: [statement], names, decisions: {} },
      "en",
      await machineText("en"),
      await votesText("en"),
    );
    expect(feed.items[0]).toMatchObject({
      title: "Karen Bass supports Sanctuary city ordinance",
      link: "https://legible.example/measures/measure-sanctuary-ordinance",
    });
    expect(feed.items[0]?.description).toContain("(date not on record)");
  });

  it("places a day at noon UTC, a week at its first day, and reads feed file names", () => {
    expect(partialDateToInstant("2024-11-19")?.toISOString()).toBe("2024-11-19T12:00:00.000Z");
    expect(partialDateToInstant("2024-W46")?.toISOString()).toBe("2024-11-11T12:00:00.000Z");
    expect(partialDateToInstant(null)).toBeNull();
    expect(parseFeedFile("measure.v2.rss")).toEqual({ name: "measure.v2", format: "rss" });
    expect(parseFeedFile("site.atom")).toEqual({ name: "site", format: "atom" });
    expect(parseFeedFile("site.json")).toEqual({ name: "site", format: "json" });
    expect(parseFeedFile("site.html")).toBeNull();
    expect(parseFeedFile("%3Cx%3E.rss")).toBeNull();
  });

  it("record text reaches feed readers escaped, since Atom titles and summaries (and RSS descriptions) are HTML", async () => {
    const payload = "<img src=x onerror=alert(1)> & </script><svg onload=alert(2)>";
    const hostile = { ...vote, motionText: payload };
    const quoted = { ...english, revisions: english.revisions.map((r) => ({ ...r, headline: payload })) };
    const feed = siteFeed(
      { explainers: [quoted], votes: [hostile], names, decisions: {} },
      "en",
      await machineText("en"),
      await votesText("en"),
    );
    for (const xml of [renderFeed(feed, "atom"), renderFeed(feed, "rss")]) {
      expect(xml).not.toContain("<img");
      expect(xml).not.toContain("<svg");
      expect(xml).toContain(asHtml(payload));
    }
    // JSON Feed's content_text and title are plain text: the payload as typed, shown, never run.
    const json = JSON.parse(renderFeed(feed, "json")) as JsonFeed;
    expect(json.items.map((item) => item.title)).toContain(`Vote: ${payload}. Passed 13 to 0`);
    expect(renderFeed(feed, "json")).not.toContain("&lt;");
    expect(renderFeed(feed, "atom")).toMatch(
      /<title type="html"><!\[CDATA\[Vote: &lt;img src=x onerror=alert\(1\)&gt; &amp; /,
    );
  });

  it("a body's feed is RSS and Atom an XML parser reads, and JSON Feed 1.1 with every required field", async () => {
    const actions = seed.actions.filter((a) => a.actorBodyId === body.id);
    expect(actions.length).toBeGreaterThan(0);
    const feed = bodyFeed(
      { body, votes: [vote], actions, names, decisions: decisionsIn("es") },
      "es",
      await machineText("es"),
      await votesText("es"),
    );
    const rss = xml2js(renderFeed(feed, "rss"), { compact: true }) as ElementCompact;
    const channel = rss.rss.channel;
    expect(channel.title._text ?? channel.title._cdata).toBe("Legible: Los Angeles City Council");
    expect(channel.link._text).toBe("https://legible.example/es/bodies/body-la-city-council");
    expect([channel.item].flat()).toHaveLength(1 + actions.length);

    const atom = xml2js(renderFeed(feed, "atom"), { compact: true }) as ElementCompact;
    expect(atom.feed.id._text).toBe("https://legible.example/feeds/es/bodies/body-la-city-council.atom");
    expect([atom.feed.entry].flat()).toHaveLength(1 + actions.length);

    const json = JSON.parse(renderFeed(feed, "json")) as JsonFeed;
    expect(json).toMatchObject({
      version: "https://jsonfeed.org/version/1.1",
      title: "Legible: Los Angeles City Council",
      home_page_url: "https://legible.example/es/bodies/body-la-city-council",
      feed_url: "https://legible.example/feeds/es/bodies/body-la-city-council.json",
      language: "es",
    });
    expect(json.items).toHaveLength(1 + actions.length);
    for (const item of json.items) {
      // 1.1: every item has an id (a string), and content_text or content_html.
      expect(typeof item.id).toBe("string");
      expect(item.content_text.length).toBeGreaterThan(0);
      expect(new Date(item.date_published).toISOString()).toBe(item.date_published);
      expect(item.url).toMatch(/^https:\/\/legible\.example\/es\//);
    }
    const voteItem = json.items.find((item) => item.url.endsWith("/votes/vote-council-2024-11-19"));
    expect(voteItem?.title).toBe("Votación: Pass the sanctuary city ordinance. Aprobada 13 a 0");
  });

  it("a search's feed lists its matches newest first, linking the pages search opens", async () => {
    const feed = searchFeed(
      {
        query: " sanctuary ",
        items: [
          {
            type: "measure",
            id: "m-old",
            path: "/measures/m-old",
            locale: "en",
            date: "2020-01-01T12:00:00.000Z",
            title: "Old measure",
            snippet: "",
          },
          {
            type: "explainer",
            id: "e-1",
            path: "/explainers/m-new",
            locale: "es",
            date: "2024-11-19T12:00:00.000Z",
            title: "Una explicación",
            snippet: "ciudad santuario",
          },
        ],
      },
      "en",
      await machineText("en"),
    );
    const json = JSON.parse(renderFeed(feed, "json")) as JsonFeed;
    expect(json.title).toBe("Legible: search for “sanctuary”");
    expect(json.home_page_url).toBe("https://legible.example/search?q=sanctuary");
    expect(json.feed_url).toBe("https://legible.example/feeds/en/search/results.json?q=sanctuary");
    expect(json.items.map((item) => item.url)).toEqual([
      "https://legible.example/es/explainers/m-new",
      "https://legible.example/measures/m-old",
    ]);
    expect(json.items[1]?.content_text).toBe("Old measure");
    const atom = xml2js(renderFeed(feed, "atom"), { compact: true }) as ElementCompact;
    expect(atom.feed.link.find((link: ElementCompact) => link._attributes?.rel === "self")._attributes.href).toBe(
      "https://legible.example/feeds/en/search/results.atom?q=sanctuary",
    );
  });
});
