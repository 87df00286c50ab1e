import { describe, expect, it } from "vitest";
import { serializeJsonLd } from "../components/json-ld";
import { bodyJsonLd, explainerJsonLd, measureJsonLd, personJsonLd } from "./structured-data";
import { byId, seedRecords } from "./test-seed.test-support";

process.env.LEGIBLE_PUBLIC_URL = "https://legible.example";

const seed = seedRecords();
const ordinance = byId(seed.measures, "measure-sanctuary-ordinance");
const jurisdiction = byId(seed.jurisdictions, "ocd-jurisdiction/country:us/state:ca/place:los_angeles/government");

describe("JSON-LD for the public pages", () => {
  it("a measure page is Legislation at its localized address", () => {
    expect(measureJsonLd({ measure: ordinance, locale: "es", jurisdiction })).toMatchObject({
      "@type": "Legislation",
      identifier: "measure-sanctuary-ordinance",
      url: "https://legible.example/es/measures/measure-sanctuary-ordinance",
      legislationJurisdiction: { name: "City of Los Angeles" },
    });
  });

  it("an explainer page is an Article about the measure, published by Legible", () => {
    const explainer = byId(seed.explainers, "explainer-sanctuary-ordinance-es");
    const jsonLd = explainerJsonLd({ explainer, measure: ordinance, locale: "es" });
    expect(jsonLd).toMatchObject({
      "@type": "Article",
      inLanguage: "es",
      headline: "El Concejo de Los Ángeles vota 13 a 0 para hacer de la ciudad un santuario por ley",
      url: "https://legible.example/es/explainers/measure-sanctuary-ordinance",
      about: { "@type": "Legislation", url: "https://legible.example/es/measures/measure-sanctuary-ordinance" },
      publisher: { name: "Legible", url: "https://legible.example/es" },
      translationOfWork: { identifier: "explainer-sanctuary-ordinance-en" },
    });
    expect(
      explainerJsonLd({ explainer: { ...explainer, revisions: [] }, measure: ordinance, locale: "es" }),
    ).toBeNull();
  });

  it("a person page is a Person with their terms; a body page is a GovernmentOrganization", () => {
    const bass = personJsonLd({
      person: byId(seed.people, "person-karen-bass"),
      locale: "en",
      memberships: seed.memberships,
      bodies: seed.bodies,
      posts: seed.posts,
    });
    expect(bass).toMatchObject({ "@type": "Person", url: "https://legible.example/people/person-karen-bass" });
    expect(bass.memberOf?.map((role) => role.memberOf.identifier)).toContain("body-la-mayor");

    expect(bodyJsonLd({ body: byId(seed.bodies, "body-la-city-council"), locale: "en" })).toMatchObject({
      "@type": "GovernmentOrganization",
      "legible:seats": 15,
      url: "https://legible.example/bodies/body-la-city-council",
    });
  });

  it("escapes what could close the script element, and reads back as the same data", () => {
    const data = { headline: "</script><script>alert(1)</script> \u2028" };
    const text = serializeJsonLd(data);
    expect(text).not.toContain("<");
    expect(text).not.toContain("\u2028");
    expect(JSON.parse(text)).toEqual(data);
  });
});
