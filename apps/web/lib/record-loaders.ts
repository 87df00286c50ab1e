import "server-only";
import { cache } from "react";
import type { AppLocale } from "../i18n/routing";
import { orNotFound, todayInCity } from "./record-page";
import { getPublicApi } from "./trpc-server";

// One call per record and request: generateMetadata and the page share the result.

export const loadMeasure = cache(async (id: string, locale: AppLocale) =>
  orNotFound((await getPublicApi()).measures.page({ id, locale })),
);

export const loadVote = cache(async (id: string, locale: AppLocale) =>
  orNotFound((await getPublicApi()).votes.page({ id, locale })),
);

export const loadPerson = cache(async (id: string, locale: AppLocale) =>
  orNotFound((await getPublicApi()).people.page({ id, locale, today: todayInCity() })),
);

export const loadBody = cache(async (id: string, locale: AppLocale) =>
  orNotFound((await getPublicApi()).bodies.page({ id, locale, today: todayInCity() })),
);
