import "server-only";
import type { PublicRouter } from "@legible/api";
import type { inferRouterOutputs } from "@trpc/server";
import { cache } from "react";
import type { AppLocale } from "../i18n/routing";
import { tagPage } from "./page-tags";
import { getPublicApi } from "./trpc-server";

/** "How to have your say" at a body's meetings, as the public API words it. */
export type HaveYourSayView = inferRouterOutputs<PublicRouter>["haveYourSay"]["forBody"];
export type HaveYourSayCitation = NonNullable<HaveYourSayView["where"]>["citation"];

/**
 * A body's public-comment rules for a meeting or measure page, once per request; on a meeting's
 * page, with that meeting's deadlines worked out. The page is tagged with the body, so a staff
 * edit to the rules refreshes every page that shows them.
 */
export const loadHaveYourSay = cache(
  async (bodyId: string, locale: AppLocale, meetingId?: string): Promise<HaveYourSayView> => {
    const view = await (await getPublicApi()).haveYourSay.forBody({ id: bodyId, locale, meetingId });
    await tagPage(view);
    return view;
  },
);
