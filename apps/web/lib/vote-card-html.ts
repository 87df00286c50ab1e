import type { Body, Measure, VoteEvent } from "@legible/core";
import type { AppLocale } from "../i18n/routing";
import { html, SafeHtml } from "./html";
import type { MachineText } from "./machine-text";
import type { VoteSummary } from "./vote-summary";

// The embeddable vote card as one small HTML document: its own CSS inline, no scripts, no web
// fonts, so it loads fast inside other sites' pages and reads the same without JavaScript.
// Colors and type follow the site's theme (packages/ui/src/theme.css), at WCAG AA contrast.

/** The stylesheet is ours, not data: it goes in as written. */
const STYLE = `*{box-sizing:border-box}
html{font-family:"Segoe UI",system-ui,-apple-system,Roboto,"Helvetica Neue",Arial,sans-serif;color:#1b1b1b;background:#fff;line-height:1.4}
body{margin:0;padding:8px}
article{border:1px solid #dfe1e2;border-radius:.5rem;padding:16px}
p{margin:0}
.meta,.measure,.needed,.counts,.footer{font-size:.875rem}
.meta{color:#565c65}
h1{margin:.25rem 0 0;font-family:Georgia,Cambria,"Times New Roman",serif;font-size:1.25rem;line-height:1.3}
.measure{margin-top:.25rem}
.result{display:inline-block;margin-top:.75rem;padding:.25rem .75rem;border-radius:.5rem;font-size:1.125rem;font-weight:700;color:#fff}
.result-pass{background:#008817}.result-fail{background:#b50909}.result-unknown{background:#565c65}
.counts{display:flex;flex-wrap:wrap;gap:.25rem 1rem;margin:.75rem 0 0}
.counts div{display:flex;gap:.25rem}.counts dd{margin:0;font-weight:700}
.needed{margin-top:.5rem}
.footer{display:flex;flex-wrap:wrap;justify-content:space-between;align-items:baseline;gap:.5rem;margin-top:.75rem}
a{color:#005ea2;font-weight:700}
a:focus-visible{outline:.25rem solid #2491ff;outline-offset:.125rem}
.brand{font-family:Georgia,Cambria,serif;font-weight:700;color:#1a4480}
.sr-only{position:absolute;width:1px;height:1px;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border:0}`;

function documentOf(locale: AppLocale, title: string, body: SafeHtml): string {
  return html`<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, follow">
<link rel="icon" href="/icon.svg" type="image/svg+xml">
<title>${title}</title>
<style>${new SafeHtml(STYLE)}</style>
</head>
<body>
${body}
</body>
</html>
`.value;
}

export interface VoteCardInput {
  vote: VoteEvent;
  body: Body;
  measure: Measure | null;
  summary: VoteSummary;
  locale: AppLocale;
  /** The full vote page, in the card's language. */
  voteUrl: string;
  t: MachineText;
}

/** The card's whole HTML document. */
export function voteCardDocument(input: VoteCardInput): string {
  const { vote, body, measure, summary, locale, voteUrl, t } = input;
  // Records are kept in English; on a Spanish card their words are marked as English.
  const recordLang = locale === "en" ? "" : html` lang="en"`;
  const title = t("embed.documentTitle", { body: body.name, date: summary.date, result: summary.resultWithTally });
  return documentOf(
    locale,
    title,
    html`<main>
<article aria-labelledby="vote-motion">
<p class="meta"><span${recordLang}>${body.name}</span> · <time datetime="${vote.date}">${summary.date}</time></p>
<h1 id="vote-motion"${recordLang}>${vote.motionText}</h1>
${measure ? html`<p class="measure">${t("embed.measure", { kind: measure.classification })} <span${recordLang}>${measure.title}</span></p>` : ""}
<p class="result result-${summary.resultKey}">${summary.resultWithTally}</p>
${
  summary.counts.length > 0
    ? html`<dl class="counts">${summary.counts.map((c) => html`<div><dt>${c.label}:</dt><dd>${c.count}</dd></div>`)}</dl>`
    : ""
}
${summary.explanation ? html`<p class="needed">${summary.explanation}</p>` : ""}
<p class="footer"><a href="${voteUrl}" target="_blank" rel="noopener">${t("embed.fullVote")}<span class="sr-only"> ${t("embed.newTab")}</span></a><span class="brand">${t("brand")}</span></p>
</article>
</main>`,
  );
}

/** The card's answer for a vote that is not on Legible: one plain sentence and a way on. */
export function missingVoteDocument(locale: AppLocale, homeUrl: string, t: MachineText): string {
  return documentOf(
    locale,
    t("embed.missing"),
    html`<main><article><h1>${t("embed.missing")}</h1><p class="footer"><a href="${homeUrl}" target="_blank" rel="noopener">${t("brand")}<span class="sr-only"> ${t("embed.newTab")}</span></a></p></article></main>`,
  );
}
