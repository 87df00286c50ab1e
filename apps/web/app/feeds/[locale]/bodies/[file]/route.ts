import { isAppLocale } from "@/i18n/routing";
import { parseFeedFile } from "@/lib/feed-urls";
import { bodyFeed, feedResponse } from "@/lib/feeds";
import { machineText, votesText } from "@/lib/machine-text";
import { withCacheTags } from "@/lib/page-tags";
import { notFoundResponse, unlessMissing } from "@/lib/route-responses";
import { getPublicApi } from "@/lib/trpc-server";

// /feeds/<en|es>/bodies/<body id>.rss, .atom or .json: a body's latest votes and the steps it took.
export const revalidate = 300;
export function generateStaticParams() {
  return [];
}

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; file: string }> }) {
  const { locale, file } = await params;
  const feed = parseFeedFile(file);
  const api = await getPublicApi();
  const activity =
    feed && isAppLocale(locale) ? await unlessMissing(() => api.feeds.bodyActivity({ id: feed.name, locale })) : null;
  if (!feed || !isAppLocale(locale) || !activity)
    return notFoundResponse("No council, committee or office on Legible has a feed at this address.");
  const response = feedResponse(
    bodyFeed(activity, locale, await machineText(locale), await votesText(locale)),
    feed.format,
  );
  return withCacheTags(response, null, { own: { kind: "body", id: feed.name }, shared: ["feeds"] });
}
