import { describe, expect, it } from "vitest";
import { localePath, withoutLocale } from "./locale-path";

describe("localePath", () => {
  it("keeps English at the root and puts Spanish under /es", () => {
    expect(localePath("/", "en")).toBe("/");
    expect(localePath("/measures/m-1", "en")).toBe("/measures/m-1");
    expect(localePath("/", "es")).toBe("/es");
    expect(localePath("/measures/m-1", "es")).toBe("/es/measures/m-1");
    expect(localePath("/search?q=park", "es")).toBe("/es/search?q=park");
    expect(localePath("/?page=2", "es")).toBe("/es?page=2");
  });
});

describe("withoutLocale", () => {
  it("takes the Spanish prefix off and leaves English addresses alone", () => {
    expect(withoutLocale("/es")).toBe("/");
    expect(withoutLocale("/es/measures/m-1")).toBe("/measures/m-1");
    expect(withoutLocale("/measures/m-1")).toBe("/measures/m-1");
    // An English page whose name starts with "es" is not Spanish.
    expect(withoutLocale("/estimates")).toBe("/estimates");
  });
});
