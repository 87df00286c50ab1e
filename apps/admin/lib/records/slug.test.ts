import { IdSchema } from "@legible/core";
import { describe, expect, it } from "vitest";
import { slugId } from "./slug";

describe("slugId", () => {
  it("makes a valid id from a title", () => {
    expect(slugId("person", "Hydee Feldstein Soto")).toBe("person-hydee-feldstein-soto");
    expect(slugId("person", "  José  Huizar! ")).toBe("person-jose-huizar");
    expect(IdSchema.safeParse(slugId("measure", "A ".repeat(200))).success).toBe(true);
  });

  it("gives nothing for a title without letters or digits", () => {
    expect(slugId("person", " — ")).toBe("");
  });
});
