import type { VotesTranslate } from "@legible/ui/explainer";
import { type AppLocale, isAppLocale } from "@/i18n/routing";
import { parseFeedFile } from "./feed-urls";
import { feedResponse, type LegibleFeed } from "./feeds";
import { type MachineText, machineText, votesText } from "./machine-text";
import { withCacheTags } from "./page-tags";
import { notFoundResponse, unlessMissing } from "./route-responses";
import { getPublicApi } from "./trpc-server";

type PublicApi = Awaited<ReturnType<typeof getPublicApi>>;

/**
 * The GET of one record's feed, /feeds/<en|es>/<folder>/<record id>.rss, .atom or .json: read the
 * record's activity, build the feed in the address's language and format, tag it with the record
 * and the feeds; a record that is not there (or a bad address) is the plain 404 `missing` says.
 */
export function recordFeedRoute<Activity>(options: {
  kind: "measure" | "person" | "body";
  missing: string;
  read: (api: PublicApi, id: string, locale: AppLocale) => Promise<Activity>;
  build: (activity: Activity, locale: AppLocale, t: MachineText, votes: VotesTranslate) => LegibleFeed;
}) {
  return async function serveRecordFeed(
    _request: Request,
    { params }: { params: Promise<{ locale: string; file: string }> },
  ) {
    const { locale, file } = await params;
    const feed = parseFeedFile(file);
    const api = await getPublicApi();
    const activity =
      feed && isAppLocale(locale) ? await unlessMissing(() => options.read(api, feed.name, locale)) : null;
    if (!feed || !isAppLocale(locale) || !activity) return notFoundResponse(options.missing);
    const response = feedResponse(
      options.build(activity, locale, await machineText(locale), await votesText(locale)),
      feed.format,
    );
    return withCacheTags(response, null, { own: { kind: options.kind, id: feed.name }, shared: ["feeds"] });
  };
}
