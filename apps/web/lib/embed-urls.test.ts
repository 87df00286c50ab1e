import { describe, expect, it } from "vitest";
import { embedIframeHtml, embedPath, parseVoteAddress } from "./embed-urls";

const site = new URL("https://legible.example");

describe("vote card addresses", () => {
  it("reads vote pages and vote cards on this site, in either language", () => {
    expect(parseVoteAddress("https://legible.example/votes/vote-1", site)).toEqual({ voteId: "vote-1", locale: "en" });
    expect(parseVoteAddress("https://legible.example/es/votes/vote-1/", site)).toEqual({
      voteId: "vote-1",
      locale: "es",
    });
    expect(parseVoteAddress("https://legible.example/embed/votes/vote-1?lang=es", site)).toEqual({
      voteId: "vote-1",
      locale: "es",
    });
    expect(parseVoteAddress("https://legible.example/embed/en/votes/vote%3A1", site)).toEqual({
      voteId: "vote:1",
      locale: "en",
    });
  });

  it("refuses other sites, other pages and ids that cannot exist", () => {
    for (const address of [
      "https://elsewhere.example/votes/vote-1",
      "http://legible.example/votes/vote-1",
      "https://legible.example/measures/m-1",
      "https://legible.example/votes/",
      "https://legible.example/votes/%3Cscript%3E",
      "https://legible.example/votes/%E0%A4%A",
      "not a url",
    ]) {
      expect(parseVoteAddress(address, site), address).toBeNull();
    }
  });

  it("writes the Spanish card's address with ?lang=es, and an iframe whose attributes cannot be broken out of", () => {
    expect(embedPath("vote-1", "es")).toBe("/embed/votes/vote-1?lang=es");
    expect(embedPath("vote-1", "en")).toBe("/embed/votes/vote-1");
    const html = embedIframeHtml({
      src: "https://legible.example/embed/votes/v",
      title: 'A "quoted" <b>',
      width: 480,
      height: 340,
    });
    expect(html).toContain('title="A &quot;quoted&quot; &lt;b&gt;"');
    expect(html).toMatch(/^<iframe src="https:\/\/legible.example\/embed\/votes\/v" /);
  });
});
