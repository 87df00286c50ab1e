import type { PrismaDatabase } from "../../client";
import { activityQueries } from "./site/activity";
import { bodyActivityQueries } from "./site/body-activity";
import { cardQueries } from "./site/cards";
import { jsonLdQueries } from "./site/json-ld";
import { openDataQueries } from "./site/open-data";
import { recordDateQueries } from "./site/record-dates";
import { sitemapQueries } from "./site/sitemap";

// Read models for the site's machine-readable side: the sitemap, feeds, open data, the
// embeddable vote card and social cards, one file each in site/. Everything here is public:
// explainers appear only as they were last published, never as the draft staff are editing.

export type { RecordNames, VoteRules } from "./site/activity";
export {
  PUBLIC_DATASET_COLLECTIONS,
  type PublicDatasetCollection,
  type PublicDatasetReader,
  type PublicRecordOf,
} from "./site/open-data";
export { type FoundRecord, recordDateKey } from "./site/record-dates";
export type {
  ExplainerPagesStamp,
  PageStamp,
  PublishedExplainerStamp,
  SiteMapEntries,
  SitemapKind,
  SitemapSlice,
} from "./site/sitemap";
export { SITEMAP_KINDS } from "./site/sitemap";

export function siteQueries(prisma: PrismaDatabase) {
  return {
    ...sitemapQueries(prisma),
    ...activityQueries(prisma),
    ...openDataQueries(prisma),
    ...cardQueries(prisma),
    ...jsonLdQueries(prisma),
    ...recordDateQueries(prisma),
    ...bodyActivityQueries(prisma),
  };
}

export type SiteQueries = ReturnType<typeof siteQueries>;
