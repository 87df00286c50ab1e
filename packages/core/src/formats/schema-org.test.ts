import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as arb from "../fixtures/arbitraries.test-support.js";
import * as seed from "../fixtures/seed-story.test-support.js";
import { measureStage } from "../stage.js";
import { fromSchemaOrgLegislation, toSchemaOrgLegislation } from "./schema-org.js";

const viaJson = <T>(value: T): unknown => JSON.parse(JSON.stringify(value));

describe("schema.org Legislation", () => {
  it("describes the seed ordinance, citing the 2019 directive and the motion as related", () => {
    const stage = measureStage({ measure: seed.ordinance, actions: seed.ordinanceActions, body: seed.cityCouncil });
    const jsonLd = toSchemaOrgLegislation(seed.ordinance, {
      jurisdiction: seed.losAngeles,
      stage,
      url: "https://legible.example/m/1",
    });
    expect(jsonLd).toMatchObject({
      "@type": "Legislation",
      name: "Sanctuary city ordinance",
      legislationType: "ordinance",
      legislationJurisdiction: { identifier: seed.losAngeles.id, name: "City of Los Angeles" },
      citation: [
        { "@type": "Legislation", identifier: "measure-garcetti-directive-2019" },
        { identifier: "measure-sanctuary-motion-2023" },
      ],
      url: "https://legible.example/m/1",
    });
    // Awaiting the Mayor: neither in force nor dated as law yet.
    expect(jsonLd.legislationLegalForce).toBeUndefined();
    expect(jsonLd).not.toHaveProperty("legislationIdentifier");
    expect(fromSchemaOrgLegislation(viaJson(jsonLd))).toEqual({ ok: true, value: seed.ordinance });
  });

  it("states legal force from the stage", () => {
    const enacted = toSchemaOrgLegislation(seed.ordinance, { stage: { stage: "enacted", since: "2024-W49" } });
    expect(enacted).toMatchObject({ legislationLegalForce: "NotInForce", legislationDate: "2024-12" });
    expect(
      toSchemaOrgLegislation(seed.ordinance, { stage: { stage: "in-effect", since: null } }).legislationLegalForce,
    ).toBe("InForce");
  });

  it("round-trips any measure (property)", () => {
    fc.assert(
      fc.property(arb.measure, (measure) => {
        expect(fromSchemaOrgLegislation(viaJson(toSchemaOrgLegislation(measure)))).toEqual({
          ok: true,
          value: measure,
        });
      }),
      { numRuns: 200 },
    );
  });

  it("reads JSON-LD from elsewhere, and reports what is wrong", () => {
    const other = fromSchemaOrgLegislation({
      "@context": "https://schema.org",
      "@type": "Legislation",
      identifier: "bill-1",
      name: "A bill",
      legislationType: "statute",
      keywords: "parks",
      legislationAmends: { legislationIdentifier: "CF 1" },
      hasPart: [
        { position: 2, text: "Second" },
        { position: 1, text: "First" },
      ],
      sponsor: [{ "@type": "Organization", name: "Parks Committee", identifier: "committee-parks" }],
    });
    expect(other).toMatchObject({
      ok: true,
      value: {
        classification: "other",
        subjects: ["parks"],
        relatedMeasures: [{ relation: "amends", identifier: "CF 1" }],
        textSections: [{ text: "First" }, { text: "Second" }],
        sponsors: [{ name: "Parks Committee", bodyId: "committee-parks", primary: false }],
      },
    });
    const wrong = fromSchemaOrgLegislation({ "@type": "Article", identifier: "x" });
    expect(wrong.ok ? [] : wrong.issues).toEqual([
      { path: "@type", message: 'must be "Legislation"' },
      { path: "name", message: "is required" },
    ]);
  });
});
