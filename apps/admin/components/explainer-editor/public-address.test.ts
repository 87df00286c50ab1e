import { describe, expect, it } from "vitest";
import { publicExplainerUrl } from "./public-address";

describe("publicExplainerUrl", () => {
  it("puts Spanish pages under /es and English ones at the root", () => {
    expect(publicExplainerUrl("http://localhost:3100", "measure-x", "en")).toBe(
      "http://localhost:3100/explainers/measure-x",
    );
    expect(publicExplainerUrl("https://legible.example/", "measure-x", "es")).toBe(
      "https://legible.example/es/explainers/measure-x",
    );
  });
});
