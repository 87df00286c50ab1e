import { describe, expect, it } from "vitest";
import { AlertSubscribeInputSchema } from "./alerts.js";

describe("what a resident may follow", () => {
  it("keeps one form of an address, and follows immediately unless asked for a daily digest", () => {
    expect(
      AlertSubscribeInputSchema.parse({
        email: " Ana@Example.ORG ",
        scope: "measure",
        target: "measure-1",
        locale: "es",
      }),
    ).toEqual({
      email: "ana@example.org",
      scope: "measure",
      target: "measure-1",
      locale: "es",
      frequency: "immediate",
    });
  });

  it("refuses what is not an address, an id that is not an id, and a search with control characters", () => {
    const base = { scope: "measure", target: "measure-1", locale: "en", frequency: "daily" };
    expect(AlertSubscribeInputSchema.safeParse({ ...base, email: "not an address" }).success).toBe(false);
    expect(AlertSubscribeInputSchema.safeParse({ ...base, email: "a@b.example", target: "../x" }).success).toBe(false);
    expect(AlertSubscribeInputSchema.safeParse({ ...base, email: "a@b.example", scope: "everything" }).success).toBe(
      false,
    );
    expect(AlertSubscribeInputSchema.safeParse({ ...base, email: "a@b.example", frequency: "hourly" }).success).toBe(
      false,
    );
    const search = { email: "a@b.example", scope: "search", locale: "en" };
    expect(AlertSubscribeInputSchema.safeParse({ ...search, target: "rent <b>cap</b>" }).success).toBe(true);
    expect(AlertSubscribeInputSchema.safeParse({ ...search, target: "rent\u0000cap" }).success).toBe(false);
    expect(AlertSubscribeInputSchema.safeParse({ ...search, target: "  " }).success).toBe(false);
    expect(AlertSubscribeInputSchema.safeParse({ ...search, target: "x".repeat(201) }).success).toBe(false);
  });
});
