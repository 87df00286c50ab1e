import { bodyFeed } from "@/lib/feeds";
import { recordFeedRoute } from "@/lib/record-feed-route";

// /feeds/<en|es>/bodies/<body id>.rss, .atom or .json: a body's latest votes and the steps it took.
export const revalidate = 300;
export function generateStaticParams() {
  return [];
}

export const GET = recordFeedRoute({
  kind: "body",
  missing: "No council, committee or office on Legible has a feed at this address.",
  read: (api, id, locale) => api.feeds.bodyActivity({ id, locale }),
  build: bodyFeed,
});
