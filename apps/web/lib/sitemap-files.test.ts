import { describe, expect, it } from "vitest";
import { type Element, xml2js } from "xml-js";
import { absolute } from "./site-paths";
import { sliceEntries } from "./sitemap-entries";
import {
  recordsPerFile,
  SITEMAP_URLS_PER_FILE,
  type SitemapCounts,
  sitemapFileNamed,
  sitemapFilePath,
  sitemapFiles,
} from "./sitemap-files";
import { sitemapIndexXml, urlsetXml } from "./sitemap-xml";

process.env.LEGIBLE_PUBLIC_URL = "https://legible.example";

/** Parses with a strict XML parser (a malformed file throws) and returns the root element. */
function parse(xml: string): Element {
  const root = (xml2js(xml, { compact: false }) as Element).elements?.find((node) => node.type === "element");
  if (!root) throw new Error("no root element");
  return root;
}
const children = (element: Element, name: string) => (element.elements ?? []).filter((node) => node.name === name);
const text = (element: Element, name: string) => String(children(element, name)[0]?.elements?.[0]?.text ?? "");

const MEASURES = 60_001;
const counts: SitemapCounts = { explainers: 1, measures: MEASURES, votes: 10, people: 3, bodies: 2, meetings: 0 };
const measureStamps = Array.from({ length: MEASURES }, (_, index) => ({
  id: `measure-${String(index).padStart(6, "0")}`,
  updatedAt: "2026-01-02T03:04:05.000Z",
}));

describe("the sitemap index and its files", () => {
  // At full size: the 50,000-address limit holds (counted, not parsed: parsing 120,000 entries
  // is slow, and the small case below parses every file).
  it("splits more than 50,000 addresses into files of at most 50,000", { timeout: 120_000 }, () => {
    const files = sitemapFiles(counts);
    expect(files.map((file) => file.name)).toEqual([
      "pages",
      "explainers-1",
      "measures-1",
      "measures-2",
      "measures-3",
      "votes-1",
      "people-1",
      "bodies-1",
    ]);
    const index = parse(sitemapIndexXml(files.map((file) => absolute(sitemapFilePath(file)))));
    expect(index.name).toBe("sitemapindex");
    expect(children(index, "sitemap").map((sitemap) => text(sitemap, "loc"))).toEqual(
      files.map((file) => `https://legible.example/sitemaps/${file.name}.xml`),
    );

    let addresses = 0;
    for (const file of files) {
      if (!("kind" in file) || file.kind !== "measures") continue;
      const records = measureStamps.slice(file.skip, file.skip + file.take);
      const xml = urlsetXml(sliceEntries({ kind: "measures", records, explainers: [] }));
      const inFile = xml.split("<url>").length - 1;
      expect(inFile).toBeLessThanOrEqual(SITEMAP_URLS_PER_FILE);
      addresses += inFile;
    }
    expect(addresses).toBe(MEASURES * 2);
  });

  it("with a lower per-file limit, every file parses and lists each record once per language", () => {
    const perFile = 2;
    const few = measureStamps.slice(0, 5);
    const files = sitemapFiles(
      { ...counts, explainers: 0, measures: few.length, votes: 0, people: 0, bodies: 0 },
      perFile,
    );
    expect(files.map((file) => file.name)).toEqual(["pages", "measures-1", "measures-2", "measures-3"]);
    const seen: string[] = [];
    for (const file of files) {
      if (!("kind" in file)) continue;
      const urlset = parse(
        urlsetXml(
          sliceEntries({ kind: "measures", records: few.slice(file.skip, file.skip + file.take), explainers: [] }),
        ),
      );
      expect(urlset.name).toBe("urlset");
      for (const url of children(urlset, "url")) {
        seen.push(text(url, "loc"));
        expect(text(url, "lastmod")).toBe("2026-01-02T03:04:05.000Z");
        const links = children(url, "xhtml:link").map((link) => [link.attributes?.hreflang, link.attributes?.href]);
        const id = text(url, "loc").split("/").at(-1);
        expect(links).toEqual([
          ["en", `https://legible.example/measures/${id}`],
          ["es", `https://legible.example/es/measures/${id}`],
          ["x-default", `https://legible.example/measures/${id}`],
        ]);
      }
    }
    expect(seen.toSorted()).toEqual(
      few
        .flatMap(({ id }) => [`https://legible.example/es/measures/${id}`, `https://legible.example/measures/${id}`])
        .toSorted(),
    );
  });

  it("names only the files an index lists", () => {
    const small = { explainers: 0, measures: 5, votes: 0, people: 0, bodies: 0, meetings: 0 };
    const files = sitemapFiles(small, 2);
    expect(files.map((file) => file.name)).toEqual(["pages", "measures-1", "measures-2", "measures-3"]);
    for (const file of files) expect(sitemapFileNamed(file.name, 2)).toEqual(file);
    for (const name of ["measures-0", "measures-01", "ballots-1", "../pages", "pages.xml", "measures-1x"]) {
      expect(sitemapFileNamed(name, 2)).toBeNull();
    }
    expect(recordsPerFile(50_000, 2)).toBe(25_000);
  });

  it("lists an explainer only in the languages it is published in, and escapes what XML would misread", () => {
    const published = sliceEntries({
      kind: "explainers",
      records: [],
      explainers: [{ measureId: "m&1", published: [{ locale: "es", publishedAt: "2024-11-20T18:00:00.000Z" }] }],
    });
    expect(published.map((entry) => entry.url)).toEqual(["https://legible.example/es/explainers/m%261"]);
    const urlset = parse(
      urlsetXml([{ url: "https://legible.example/?a=1&b=<2>", languages: { en: "https://legible.example/'\"" } }]),
    );
    const url = children(urlset, "url")[0];
    expect(url && text(url, "loc")).toBe("https://legible.example/?a=1&b=<2>");
    expect(url && children(url, "xhtml:link")[0]?.attributes?.href).toBe("https://legible.example/'\"");
  });
});
