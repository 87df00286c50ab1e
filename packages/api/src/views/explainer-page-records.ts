import type { Repositories } from "@legible/db";

/** What the explainers read model returns for a published explainer: the page's records. */
export type PublishedExplainerPage = NonNullable<Awaited<ReturnType<Repositories["publishedExplainerPage"]>>>;
