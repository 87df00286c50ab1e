import { ImageResponse } from "next/og";
import { isAppLocale } from "../i18n/routing";
import { loadExplainerCard } from "./explainer-card";
import { machineText, votesText } from "./machine-text";
import { notFoundResponse } from "./route-responses";
import { siteUrl } from "./site-url";
import { summarizeVote } from "./vote-summary";

// The picture shared with an explainer's link (Open Graph and Twitter cards): the headline,
// the vote result and the site's name, in the explainer's language. Drawn with next/og's
// bundled font (Geist), so nothing is downloaded.

export const CARD_SIZE = { width: 1200, height: 630 } as const;
export const CARD_TYPE = "image/png";

/** The params of app/[locale]/explainers/[measureId]; generateImageMetadata may get them unwrapped. */
export type ExplainerParams = { locale: string; measureId: string } | Promise<{ locale: string; measureId: string }>;

const COLORS = {
  background: "#1a4480",
  text: "#ffffff",
  soft: "#d9e8f6",
  pass: "#008817",
  fail: "#b50909",
  unknown: "#565c65",
};

async function loadCard(params: ExplainerParams) {
  const { locale, measureId } = await params;
  if (!isAppLocale(locale)) return null;
  const card = await loadExplainerCard(decodeURIComponent(measureId), locale);
  if (!card) return null;
  const t = await machineText(locale);
  const summary = card.vote
    ? summarizeVote({ vote: card.vote, decision: card.decision }, locale, t, await votesText(locale))
    : null;
  return { ...card, locale, t, summary };
}

/** One card per explainer, with alt text saying what it shows; none for an explainer not published. */
export async function explainerCardImageMetadata(params: ExplainerParams) {
  const card = await loadCard(params).catch(() => null);
  if (!card) return [];
  const headline = card.explainer.headline;
  const alt = card.summary
    ? card.t("social.imageAlt", { headline, result: card.summary.resultWithTally })
    : card.t("social.imageAltNoVote", { headline });
  return [{ id: "card", alt, size: CARD_SIZE, contentType: CARD_TYPE }];
}

/** Smaller type for longer headlines, so any headline fits in three or four lines. */
function headlineSize(headline: string): number {
  if (headline.length <= 60) return 76;
  if (headline.length <= 100) return 62;
  return 50;
}

export async function explainerCardImage(params: ExplainerParams): Promise<Response> {
  const card = await loadCard(params);
  if (!card) return notFoundResponse("No published explainer has a picture at this address.");
  const { explainer, body, summary, t } = card;
  const resultColor = COLORS[summary?.resultKey ?? "unknown"];
  const details = [body?.name, summary?.date].filter(Boolean).join("  ·  ");

  return new ImageResponse(
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        padding: "56px 72px",
        background: COLORS.background,
        color: COLORS.text,
        fontFamily: "Geist",
      }}
    >
      <div style={{ display: "flex", alignItems: "baseline", gap: 24, fontSize: 40, color: COLORS.soft }}>
        <span style={{ color: COLORS.text, fontSize: 48 }}>{t("brand")}</span>
        <span>{t("social.tagline")}</span>
      </div>
      <div
        style={{
          display: "flex",
          fontSize: headlineSize(explainer.headline),
          lineHeight: 1.15,
          maxHeight: 330,
          overflow: "hidden",
        }}
      >
        {explainer.headline}
      </div>
      <div style={{ display: "flex", flexDirection: "column", gap: 20 }}>
        {summary && (
          <div style={{ display: "flex", alignItems: "center", gap: 28, fontSize: 34 }}>
            <span
              style={{
                display: "flex",
                background: resultColor,
                color: COLORS.text,
                borderRadius: 12,
                padding: "10px 24px",
                fontSize: 40,
                flexShrink: 0,
                whiteSpace: "nowrap",
              }}
            >
              {summary.resultWithTally}
            </span>
            <span style={{ color: COLORS.soft, flex: 1 }}>{details}</span>
          </div>
        )}
        <div style={{ display: "flex", fontSize: 28, color: COLORS.soft }}>{siteUrl().host}</div>
      </div>
    </div>,
    { ...CARD_SIZE },
  );
}
