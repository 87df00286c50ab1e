import { describe, expect, it } from "vitest";
import * as seed from "../fixtures/seed-story.test-support.js";
import type { Explainer } from "../schemas/explainer.js";
import { toSchemaOrgLegislation } from "./schema-org.js";
import { toSchemaOrgArticle } from "./schema-org-article.js";

describe("schema.org Article", () => {
  it("describes a published explainer from its latest revision, about the measure", () => {
    const about = toSchemaOrgLegislation(seed.ordinance, { url: "https://legible.example/measures/m" });
    const jsonLd = toSchemaOrgArticle(seed.explainerEn, {
      url: "https://legible.example/explainers/m",
      about,
      publisher: { name: "Legible", url: "https://legible.example/" },
    });
    expect(jsonLd).toMatchObject({
      "@type": "Article",
      identifier: "explainer-sanctuary-ordinance-en",
      headline: "Los Angeles votes to be a sanctuary city by law",
      inLanguage: "en",
      datePublished: "2024-11-20T18:00:00Z",
      dateModified: "2024-11-20T18:00:00Z",
      // Glossary markup is dropped: [[sanctuary city]] reads as "sanctuary city".
      description: "The City Council voted 13 to 0 to pass a sanctuary city law. The Mayor is expected to sign it.",
      url: "https://legible.example/explainers/m",
      about: { "@type": "Legislation", name: "Sanctuary city ordinance" },
      publisher: { "@type": "Organization", name: "Legible" },
      version: 1,
    });
    expect(jsonLd?.about).not.toHaveProperty("@context");
    expect(jsonLd).not.toHaveProperty("correction");
  });

  it("shows what was published, not the draft being edited, with corrections and the original it translates", () => {
    const edited: Explainer = {
      ...seed.explainerEn,
      id: "explainer-es",
      locale: "es",
      translationOf: "explainer-en",
      status: "draft",
      headline: "An unpublished draft headline",
      blocks: [],
      revisions: [
        ...seed.explainerEn.revisions,
        { number: 2, publishedAt: "2024-11-21T09:00:00Z", headline: "Second headline", blocks: [] },
      ],
      corrections: [{ id: "c1", date: "2024-11-21T09:00:00Z", text: "We fixed the date.", revision: 2 }],
    };
    expect(toSchemaOrgArticle(edited)).toEqual({
      "@context": ["https://schema.org", { legible: "urn:legible:" }],
      "@type": "Article",
      identifier: "explainer-es",
      headline: "Second headline",
      inLanguage: "es",
      datePublished: "2024-11-20T18:00:00Z",
      dateModified: "2024-11-21T09:00:00Z",
      translationOfWork: { "@type": "Article", identifier: "explainer-en" },
      correction: [{ "@type": "CorrectionComment", text: "We fixed the date.", datePublished: "2024-11-21T09:00:00Z" }],
      version: 2,
    });
  });

  it("has nothing public for an explainer never published", () => {
    expect(toSchemaOrgArticle({ ...seed.explainerEn, status: "draft", revisions: [] })).toBeNull();
  });
});
