import type { MeasureBrowseFilters, MeetingBrowseFilters, PageSlice, PartialDate } from "@legible/core";
import type { PrismaDatabase } from "../../client";
import { bodyList } from "./browse/bodies";
import { bodyOptions, measureBrowse, measureFilterOptions, measureListPage } from "./browse/measures";
import { meetingListPage } from "./browse/meetings";
import { currentOfficials, pastOfficialsPage } from "./browse/people";

export type { BodyListItem } from "./browse/bodies";
export type { MeasureFilterOptions, MeasureListItem, MeasureListPage } from "./browse/measures";
export type { MeetingListPage } from "./browse/meetings";
export type { CurrentOfficials, OfficialTerm, PastOfficialsPage } from "./browse/people";

/** The browse lists: measures, people, bodies and meetings, each read off its indexes a page at a time. */
export function browseQueries(prisma: PrismaDatabase) {
  return {
    measureListPage: (filters: MeasureBrowseFilters, slice: PageSlice) => measureListPage(prisma, filters, slice),
    measureFilterOptions: () => measureFilterOptions(prisma),
    /** The measures list's page and its filter form's choices, the page's bodies named from the choices. */
    measureBrowse: (filters: MeasureBrowseFilters, slice: PageSlice) => measureBrowse(prisma, filters, slice),
    /** The meetings list's "held by" choices: bodies with meetings on record. */
    meetingBodyOptions: () => bodyOptions(prisma, "meetings"),
    currentOfficials: (today: PartialDate) => currentOfficials(prisma, today),
    pastOfficialsPage: (today: PartialDate, slice: PageSlice) => pastOfficialsPage(prisma, today, slice),
    bodyList: (today: PartialDate, now: Date) => bodyList(prisma, today, now),
    meetingListPage: (filters: MeetingBrowseFilters, now: Date, slice: PageSlice) =>
      meetingListPage(prisma, filters, now, slice),
  };
}
