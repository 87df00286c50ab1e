import type { AppLocale } from "../i18n/routing";
import { EMBED_SIZE, embedIframeHtml } from "../lib/embed-urls";
import { machineText } from "../lib/machine-text";
import { unlessMissing } from "../lib/route-responses";
import { voteEmbedUrl } from "../lib/social-metadata";
import { getPublicApi } from "../lib/trpc-server";
import { summarizeVote } from "../lib/vote-summary";

/**
 * "Put this vote on your website": the <iframe> code for the vote's embeddable card, in a
 * read-only text box people can select and copy. No JavaScript needed. Renders nothing for a
 * vote that is not on Legible.
 */
export async function EmbedSnippet({ voteId, locale }: { voteId: string; locale: AppLocale }) {
  const api = await getPublicApi();
  const card = await unlessMissing(() => api.site.voteCard({ id: voteId }));
  if (!card) return null;
  const t = await machineText(locale);
  const summary = summarizeVote(card, locale, t);
  const code = embedIframeHtml({
    src: voteEmbedUrl(locale, voteId),
    title: t("oembed.iframeTitle", { result: summary.resultWithTally }),
    ...EMBED_SIZE,
  });
  return (
    <section aria-labelledby="embed-snippet-title" className="mt-8 rounded-card border border-line bg-paper p-4">
      <h2 id="embed-snippet-title" className="font-serif text-xl font-bold">
        {t("embedSnippet.title")}
      </h2>
      <p id="embed-snippet-help" className="mt-2">
        {t("embedSnippet.help")}
      </p>
      <label htmlFor="embed-snippet-code" className="mt-3 block font-bold">
        {t("embedSnippet.label")}
      </label>
      <textarea
        id="embed-snippet-code"
        readOnly
        rows={4}
        aria-describedby="embed-snippet-help"
        className="mt-1 w-full rounded-card border border-muted bg-canvas p-2 font-mono text-sm"
        defaultValue={code}
      />
    </section>
  );
}
