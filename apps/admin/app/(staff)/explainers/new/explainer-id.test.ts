import { describe, expect, it } from "vitest";
import { explainerIdFor } from "./explainer-id";

describe("explainerIdFor", () => {
  it("names the explainer after its measure and language, as the seed does", () => {
    expect(explainerIdFor("measure-sanctuary-ordinance", "es")).toBe("explainer-sanctuary-ordinance-es");
  });

  it("turns OCD-style ids into a tidy slug", () => {
    expect(explainerIdFor("ocd-bill/abc:123", "en")).toBe("explainer-ocd-bill-abc-123-en");
  });
});
