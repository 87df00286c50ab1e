import { isAppLocale } from "@/i18n/routing";
import { parseFeedFile } from "@/lib/feed-urls";
import { feedResponse, searchFeed } from "@/lib/feeds";
import { machineText } from "@/lib/machine-text";
import { badRequestResponse, notFoundResponse, unlessMissing } from "@/lib/route-responses";
import { getPublicApi } from "@/lib/trpc-server";

// /feeds/<en|es>/search/results.rss, .atom or .json?q=<query>: the newest records matching a
// search. Made on each request (any query is possible, so nothing is kept in the page cache) and
// cacheable by readers and CDNs for five minutes.

const CACHE = "public, max-age=300";

export async function GET(request: Request, { params }: { params: Promise<{ locale: string; file: string }> }) {
  const { locale, file } = await params;
  const feed = parseFeedFile(file);
  if (!isAppLocale(locale) || feed?.name !== "results") {
    return notFoundResponse("No feed at this address. Try /feeds/en/search/results.rss?q=your+words.");
  }
  const q = new URL(request.url).searchParams.get("q") ?? "";
  const api = await getPublicApi();
  const found = await unlessMissing(() => api.feeds.search({ q, locale }));
  if (!found) return badRequestResponse("Give the words to search for as ?q=..., at most 200 characters.");
  const response = feedResponse(searchFeed(found, locale, await machineText(locale)), feed.format);
  response.headers.set("Cache-Control", CACHE);
  return response;
}
