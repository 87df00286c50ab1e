import type { PrismaDatabase } from "../../client";
import { browseQueries } from "./browse";
import { calendarQueries } from "./calendar";
import { explainersQueries } from "./explainers";
import { jurisdictionQueries } from "./jurisdictions";
import { publicView } from "./public-view";
import { recordChangesQueries } from "./record-changes";
import { recordsQueries } from "./records";
import { siteQueries } from "./site";

/**
 * Read models for the public pages: look-ups by something other than id, and the records a page
 * needs gathered in a few queries. One file per area of the site; each returns core records.
 */
export function createQueries(prisma: PrismaDatabase) {
  // Residents never see a record gone upstream; staff's record-changes list still does.
  const published = publicView(prisma);
  return {
    ...jurisdictionQueries(published),
    ...explainersQueries(published),
    ...recordChangesQueries(prisma),
    ...recordsQueries(published),
    ...siteQueries(published),
    ...browseQueries(published),
    ...calendarQueries(published),
  };
}
