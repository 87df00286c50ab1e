import { personFeed } from "@/lib/feeds";
import { recordFeedRoute } from "@/lib/record-feed-route";

// /feeds/<en|es>/people/<person id>.rss, .atom or .json: a person's votes on record and their statements.
export const revalidate = 300;
export function generateStaticParams() {
  return [];
}

export const GET = recordFeedRoute({
  kind: "person",
  missing: "No person on Legible has a feed at this address.",
  read: (api, id, locale) => api.site.personActivity({ id, locale }),
  build: personFeed,
});
