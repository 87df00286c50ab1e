import { buildExplainerView, seedPage } from "@legible/api/test-support";
import { renderToStaticMarkup } from "react-dom/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ExplainerArticle } from "./explainer-article";
import { explainerWords } from "./words";

// The public page and the staff preview both render ExplainerArticle from the view builder's
// view; only where record links point differs (the staff preview links to the public site).

const PUBLIC_SITE = "https://legible.example.org";
const folders = { measure: "measures", vote: "votes", person: "people", body: "bodies" } as const;

afterEach(() => vi.restoreAllMocks());

describe.each(["en", "es"] as const)("the explainer article in %s", (locale) => {
  const view = buildExplainerView(seedPage(locale), locale, { asOf: "2024-11-25" });
  const path = (kind: keyof typeof folders, id: string) => `${locale === "es" ? "/es" : ""}/${folders[kind]}/${id}`;

  it("says every word from the catalogue (a missing message fails) and renders the same for staff and residents", () => {
    const missing = vi.spyOn(console, "error");
    const site = renderToStaticMarkup(<ExplainerArticle view={view} words={explainerWords(locale, path)} />);
    const staff = renderToStaticMarkup(
      <ExplainerArticle view={view} words={explainerWords(locale, (kind, id) => `${PUBLIC_SITE}${path(kind, id)}`)} />,
    );
    expect(missing).not.toHaveBeenCalled();
    expect(staff.replaceAll(`href="${PUBLIC_SITE}/`, 'href="/')).toBe(site);
    expect(site).toContain(`<article lang="${locale}">`);
    expect(site).toContain(view.headline);
    expect(site).toContain(locale === "en" ? ">Words to know</h2>" : ">Palabras clave</h2>");
    expect(site).toContain(
      locale === "en" ? "By the rules on record, it passed." : "Según las reglas registradas, se aprobó.",
    );
    expect(site).toContain(`href="${path("measure", view.measureId)}"`);
  });
});
