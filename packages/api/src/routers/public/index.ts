import { router } from "../../trpc";
import { alertsRouter } from "./alerts";
import { bodiesRouter } from "./bodies";
import { browseRouter } from "./browse";
import { calendarsRouter } from "./calendars";
import { explainersRouter } from "./explainers";
import { feedsRouter } from "./feeds";
import { haveYourSayRouter } from "./have-your-say";
import { jurisdictionsRouter } from "./jurisdictions";
import { measuresRouter } from "./measures";
import { meetingsRouter } from "./meetings";
import { peopleRouter } from "./people";
import { redirectsRouter } from "./redirects";
import { searchRouter } from "./search";
import { siteRouter } from "./site";
import { votesRouter } from "./votes";

/** Everything the public site may read: published content only, one file per area. */
export const publicRouter = router({
  alerts: alertsRouter,
  jurisdictions: jurisdictionsRouter,
  explainers: explainersRouter,
  measures: measuresRouter,
  votes: votesRouter,
  people: peopleRouter,
  redirects: redirectsRouter,
  bodies: bodiesRouter,
  browse: browseRouter,
  calendars: calendarsRouter,
  meetings: meetingsRouter,
  search: searchRouter,
  site: siteRouter,
  feeds: feedsRouter,
  haveYourSay: haveYourSayRouter,
});

export type PublicRouter = typeof publicRouter;
