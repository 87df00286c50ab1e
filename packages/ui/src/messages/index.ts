import type { Locale } from "@legible/core";
import enExplainer from "./en/explainer.json";
import enInferred from "./en/inferred.json";
import enVotes from "./en/votes.json";
import esExplainer from "./es/explainer.json";
import esInferred from "./es/inferred.json";
import esVotes from "./es/votes.json";

/**
 * The words the explainer page says, in ICU message format, one namespace per area: the page's
 * own (`explainer`), a vote's decision (`votes`, also said by the public vote pages, feeds and
 * embeds) and the "worked out, not reported" marks (`inferred`). They live here, not in the
 * public site's catalogue, because the staff preview renders the same page and apps do not
 * import each other; the public site merges them into its next-intl catalogue.
 */
export const SHARED_MESSAGES = {
  en: { explainer: enExplainer, votes: enVotes, inferred: enInferred },
  es: { explainer: esExplainer, votes: esVotes, inferred: esInferred },
} as const satisfies Record<Locale, Record<string, unknown>>;

export type SharedMessages = (typeof SHARED_MESSAGES)["en"];
