import { getRedirectUrl, getRewrittenUrl, unstable_getResponseFromNextConfig } from "next/experimental/testing/server";
import { describe, expect, it } from "vitest";
import nextConfig from "../next.config";

async function route(address: string) {
  const response = await unstable_getResponseFromNextConfig({ url: `http://localhost:3000${address}`, nextConfig });
  const rewritten = getRewrittenUrl(response);
  const redirected = getRedirectUrl(response);
  return {
    status: response.status,
    to: rewritten ? new URL(rewritten).pathname + new URL(rewritten).search : null,
    redirect: redirected ? new URL(redirected).pathname : null,
  };
}

describe("the public site's language routes (next.config.ts)", () => {
  it("serves English at the root: every page address is an English page", async () => {
    expect((await route("/")).to).toBe("/en");
    expect((await route("/search?q=rent")).to).toBe("/en/search?q=rent");
    expect((await route("/explainers/measure-sanctuary-ordinance")).to).toBe(
      "/en/explainers/measure-sanctuary-ordinance",
    );
    // Record ids may hold a dot (core's IdSchema).
    expect((await route("/people/person-j.smith")).to).toBe("/en/people/person-j.smith");
    expect((await route("/people/person-a/votes/2")).to).toBe("/en/people/person-a/votes/2");
    // A folder that only starts like a language is a page like any other (and a 404 if none).
    expect((await route("/estado")).to).toBe("/en/estado");
  });

  it("leaves Spanish pages as they are", async () => {
    for (const address of ["/es", "/es/people/person-karen-bass", "/es/search?q=renta"]) {
      expect(await route(address), address).toEqual({ status: 200, to: null, redirect: null });
    }
  });

  it("sends /en addresses to the same page without the prefix", async () => {
    expect(await route("/en")).toMatchObject({ status: 307, redirect: "/" });
    expect(await route("/en/people/person-karen-bass")).toMatchObject({
      status: 307,
      redirect: "/people/person-karen-bass",
    });
  });

  it("leaves the API, Next's files, feeds, open data, sitemap files and embeds alone", async () => {
    for (const address of [
      "/api/health",
      "/api/trpc/x",
      "/_next/static/chunks/a.js",
      "/feeds/en/site.rss",
      "/data/x.csv",
      "/sitemaps/measures-1.xml",
    ]) {
      expect((await route(address)).to, address).toBeNull();
    }
    expect((await route("/embed/votes/vote-1")).to).toBe("/embed/en/votes/vote-1");
  });
});
