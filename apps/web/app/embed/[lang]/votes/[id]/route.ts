import { type AppLocale, isAppLocale, routing } from "@/i18n/routing";
import { safeDecode } from "@/lib/feed-urls";
import { machineText, votesText } from "@/lib/machine-text";
import { withCacheTags } from "@/lib/page-tags";
import { unlessMissing } from "@/lib/route-responses";
import { pageUrl, recordUrl } from "@/lib/site-paths";
import { getPublicApi } from "@/lib/trpc-server";
import { missingVoteDocument, voteCardDocument } from "@/lib/vote-card-html";
import { summarizeVote } from "@/lib/vote-summary";

// The embeddable vote card, /embed/votes/<id> (English) and /embed/votes/<id>?lang=es (Spanish),
// which next.config.ts rewrites here. A route handler rather than a page: the card is one small
// HTML document with no framework JavaScript. Made on the first request, cached five minutes.
export const revalidate = 300;
export function generateStaticParams() {
  return [];
}

const HTML = "text/html; charset=utf-8";

export async function GET(_request: Request, { params }: { params: Promise<{ lang: string; id: string }> }) {
  const { lang, id } = await params;
  const locale: AppLocale = isAppLocale(lang) ? lang : routing.defaultLocale;
  const t = await machineText(locale);
  const api = await getPublicApi();
  const card = isAppLocale(lang) ? await unlessMissing(() => api.site.voteCard({ id: safeDecode(id), locale })) : null;
  if (!card) {
    const missing = new Response(missingVoteDocument(locale, pageUrl("/", locale), t), {
      status: 404,
      headers: { "Content-Type": HTML },
    });
    return withCacheTags(missing, null, { own: { kind: "vote", id: safeDecode(id) } });
  }
  const document = voteCardDocument({
    ...card,
    summary: summarizeVote(card, locale, t, await votesText(locale)),
    locale,
    voteUrl: recordUrl("vote", card.vote.id, locale),
    t,
  });
  return withCacheTags(new Response(document, { headers: { "Content-Type": HTML } }), card, {
    own: { kind: "vote", id: card.vote.id },
  });
}
