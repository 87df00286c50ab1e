import { unstable_cache } from "next/cache";
import { withCacheTags } from "@/lib/page-tags";
import { absolute } from "@/lib/site-paths";
import { sitemapFilePath, sitemapFiles } from "@/lib/sitemap-files";
import { sitemapIndexXml, xmlResponse } from "@/lib/sitemap-xml";
import { getPublicApi } from "@/lib/trpc-server";

// /sitemap.xml: the sitemap index, listing the files under /sitemaps/ (at most 50,000 addresses
// each). Never built ahead (the build may run against another database, and the site's address
// is known only when it starts); the counts it is made from are cached for five minutes and
// tagged "sitemap", which every save refreshes.
export const dynamic = "force-dynamic";

const sitemapCounts = unstable_cache(async () => (await getPublicApi()).site.sitemapCounts(), ["sitemap-counts"], {
  revalidate: 300,
  tags: ["sitemap"],
});

export async function GET() {
  const files = sitemapFiles(await sitemapCounts());
  const index = sitemapIndexXml(files.map((file) => absolute(sitemapFilePath(file))));
  return withCacheTags(xmlResponse(index), null, { shared: ["sitemap"] });
}
