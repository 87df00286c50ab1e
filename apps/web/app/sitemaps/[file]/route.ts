import { withCacheTags } from "@/lib/page-tags";
import { notFoundResponse } from "@/lib/route-responses";
import { sitePageEntries, sliceEntries } from "@/lib/sitemap-entries";
import { sitemapFileNamed } from "@/lib/sitemap-files";
import { urlsetXml, xmlResponse } from "@/lib/sitemap-xml";
import { getPublicApi } from "@/lib/trpc-server";

// /sitemaps/<file>.xml: one file the sitemap index lists, such as pages.xml or measures-2.xml.
// Each is made on its first request from one slice of ids and dates, then cached for five
// minutes and tagged "sitemap", which every save refreshes.
export const revalidate = 300;
export function generateStaticParams() {
  return [];
}

const NOT_A_FILE = "No sitemap file at this address. /sitemap.xml lists them all.";

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const named = file.endsWith(".xml") ? sitemapFileNamed(file.slice(0, -".xml".length)) : null;
  if (!named) return notFoundResponse(NOT_A_FILE);
  const entries =
    "kind" in named
      ? sliceEntries(
          await (await getPublicApi()).site.sitemapSlice({ kind: named.kind, skip: named.skip, take: named.take }),
        )
      : sitePageEntries();
  if (entries.length === 0) return notFoundResponse(NOT_A_FILE);
  return withCacheTags(xmlResponse(urlsetXml(entries)), null, { shared: ["sitemap"] });
}
