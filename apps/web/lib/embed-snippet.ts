import type { AppLocale } from "../i18n/routing";
import { EMBED_SIZE, embedIframeHtml } from "./embed-urls";
import { machineText, votesText } from "./machine-text";
import { unlessMissing } from "./route-responses";
import { voteEmbedUrl } from "./social-metadata";
import { getPublicApi } from "./trpc-server";
import { summarizeVote } from "./vote-summary";

export interface EmbedSnippetText {
  title: string;
  help: string;
  label: string;
  code: string;
}

/** The <iframe> code for a vote's embeddable card, with the words around it; null for an unknown vote. */
export async function voteEmbedSnippet(voteId: string, locale: AppLocale): Promise<EmbedSnippetText | null> {
  const api = await getPublicApi();
  const card = await unlessMissing(() => api.site.voteCard({ id: voteId, locale }));
  if (!card) return null;
  const t = await machineText(locale);
  const summary = summarizeVote(card, locale, t, await votesText(locale));
  return {
    title: t("embedSnippet.title"),
    help: t("embedSnippet.help"),
    label: t("embedSnippet.label"),
    code: embedIframeHtml({
      src: voteEmbedUrl(locale, voteId),
      title: t("oembed.iframeTitle", { result: summary.resultWithTally }),
      ...EMBED_SIZE,
    }),
  };
}
