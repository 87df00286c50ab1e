import { isAppLocale } from "@/i18n/routing";
import { parseFeedFile } from "@/lib/feed-urls";
import { feedResponse, siteFeed } from "@/lib/feeds";
import { machineText, votesText } from "@/lib/machine-text";
import { withCacheTags } from "@/lib/page-tags";
import { notFoundResponse } from "@/lib/route-responses";
import { getPublicApi } from "@/lib/trpc-server";

// /feeds/<en|es>/site.rss and site.atom: the latest explainers in that language and the latest votes.
// Nothing is built ahead: each feed is made on its first request, then cached for five minutes.
export const revalidate = 300;
export function generateStaticParams() {
  return [];
}

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; file: string }> }) {
  const { locale, file } = await params;
  const feed = parseFeedFile(file);
  if (!isAppLocale(locale) || feed?.name !== "site") {
    return notFoundResponse("No feed at this address. Try /feeds/en/site.rss or /feeds/es/site.atom.");
  }
  const api = await getPublicApi();
  const latest = await api.site.latest({ locale });
  const response = feedResponse(
    siteFeed(latest, locale, await machineText(locale), await votesText(locale)),
    feed.format,
  );
  return withCacheTags(response, null, { shared: ["feeds"] });
}
