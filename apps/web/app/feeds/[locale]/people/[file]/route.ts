import { isAppLocale } from "@/i18n/routing";
import { parseFeedFile } from "@/lib/feed-urls";
import { feedResponse, personFeed } from "@/lib/feeds";
import { machineText, votesText } from "@/lib/machine-text";
import { withCacheTags } from "@/lib/page-tags";
import { notFoundResponse, unlessMissing } from "@/lib/route-responses";
import { getPublicApi } from "@/lib/trpc-server";

// /feeds/<en|es>/people/<person id>.rss or .atom: a person's votes on record and their statements.
export const revalidate = 300;
export function generateStaticParams() {
  return [];
}

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; file: string }> }) {
  const { locale, file } = await params;
  const feed = parseFeedFile(file);
  const api = await getPublicApi();
  const activity =
    feed && isAppLocale(locale) ? await unlessMissing(() => api.site.personActivity({ id: feed.name, locale })) : null;
  if (!feed || !isAppLocale(locale) || !activity)
    return notFoundResponse("No person on Legible has a feed at this address.");
  const response = feedResponse(
    personFeed(activity, locale, await machineText(locale), await votesText(locale)),
    feed.format,
  );
  return withCacheTags(response, null, { own: { kind: "person", id: feed.name }, shared: ["feeds"] });
}
