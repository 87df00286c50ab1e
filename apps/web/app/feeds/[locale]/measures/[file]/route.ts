import { measureFeed } from "@/lib/feeds";
import { recordFeedRoute } from "@/lib/record-feed-route";

// /feeds/<en|es>/measures/<measure id>.rss, .atom or .json: a law's steps, votes and explainer publications.
export const revalidate = 300;
export function generateStaticParams() {
  return [];
}

export const GET = recordFeedRoute({
  kind: "measure",
  missing: "No law on Legible has a feed at this address.",
  read: (api, id, locale) => api.site.measureActivity({ id, locale }),
  build: measureFeed,
});
