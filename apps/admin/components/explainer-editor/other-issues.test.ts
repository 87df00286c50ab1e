import { describe, expect, it } from "vitest";
import { placeName } from "./other-issues";

describe("placeName", () => {
  it("names corrections by their number, counting from one", () => {
    expect(placeName("corrections.0.text")).toBe("Correction 1, text");
  });

  it("names the explainer as a whole and known fields in words", () => {
    expect(placeName("")).toBe("The explainer");
    expect(placeName("translationOf")).toBe("The English original");
    expect(placeName("status")).toBe("status");
  });
});
