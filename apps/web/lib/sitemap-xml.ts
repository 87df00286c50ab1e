// The two XML shapes of the sitemap protocol (sitemaps.org 0.9), with each page's languages as
// xhtml:link alternates (hreflang), the way Next's own sitemap writes them. Written by hand: the
// shapes are fixed and small, and every value passes through escapeXml.

/** One address in a sitemap file, with the address of the same page in each language. */
export interface SitemapEntry {
  url: string;
  lastModified?: string;
  languages: Record<string, string>;
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ESCAPES[character] ?? character);
}

const DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';
const SITEMAP_NS = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"';

/** A sitemap file: a urlset of entries. */
export function urlsetXml(entries: readonly SitemapEntry[]): string {
  const urls = entries.map((entry) => {
    const lastmod = entry.lastModified ? `<lastmod>${escapeXml(entry.lastModified)}</lastmod>` : "";
    const links = Object.entries(entry.languages)
      .map(
        ([language, href]) =>
          `<xhtml:link rel="alternate" hreflang="${escapeXml(language)}" href="${escapeXml(href)}"/>`,
      )
      .join("");
    return `<url><loc>${escapeXml(entry.url)}</loc>${lastmod}${links}</url>`;
  });
  return `${DECLARATION}\n<urlset ${SITEMAP_NS} xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join("\n")}\n</urlset>\n`;
}

/** The sitemap index: the absolute address of every sitemap file. */
export function sitemapIndexXml(locations: readonly string[]): string {
  const sitemaps = locations.map((location) => `<sitemap><loc>${escapeXml(location)}</loc></sitemap>`);
  return `${DECLARATION}\n<sitemapindex ${SITEMAP_NS}>\n${sitemaps.join("\n")}\n</sitemapindex>\n`;
}

export function xmlResponse(xml: string): Response {
  return new Response(xml, { headers: { "Content-Type": "application/xml; charset=utf-8" } });
}
