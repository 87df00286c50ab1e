import type { MetadataRoute } from "next";
import { absolute } from "../lib/site-paths";

// The sitemap's address depends on where the site runs (LEGIBLE_PUBLIC_URL), known only at start.
export const dynamic = "force-dynamic";

export default function robots(): MetadataRoute.Robots {
  return {
    // Everything residents read may be crawled; the API and the embeddable cards (copies of
    // the vote pages, meant for other sites) are not pages to index.
    rules: { userAgent: "*", allow: "/", disallow: ["/api/", "/embed/"] },
    sitemap: absolute("/sitemap.xml"),
  };
}
