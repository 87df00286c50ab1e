import { describe, expect, it } from "vitest";
import { signAlertToken, verifyAlertToken } from "./tokens";

const secret = "a-test-secret-of-enough-length";
const now = new Date("2026-12-01T12:00:00Z");

describe("alert links' tokens", () => {
  it("verifies a token it signed, for its purpose, until it expires", () => {
    const token = signAlertToken(secret, "manage", "sub-1", now);
    expect(verifyAlertToken(secret, token, ["manage"], now)).toMatchObject({
      ok: true,
      claims: { purpose: "manage", subscriptionId: "sub-1" },
    });
    const in59Days = new Date(now.getTime() + 59 * 24 * 3600_000);
    expect(verifyAlertToken(secret, token, ["manage"], in59Days).ok).toBe(true);
    const in61Days = new Date(now.getTime() + 61 * 24 * 3600_000);
    expect(verifyAlertToken(secret, token, ["manage"], in61Days)).toEqual({ ok: false, reason: "expired" });
  });

  it("a confirmation link lasts a week", () => {
    const token = signAlertToken(secret, "confirm", "sub-1", now);
    expect(verifyAlertToken(secret, token, ["confirm"], new Date(now.getTime() + 8 * 24 * 3600_000))).toEqual({
      ok: false,
      reason: "expired",
    });
  });

  it("refuses a token signed with another secret, or with its claims changed", () => {
    const token = signAlertToken(secret, "unsubscribe", "sub-1", now);
    expect(verifyAlertToken("another-secret-of-enough-length", token, ["unsubscribe"], now)).toEqual({
      ok: false,
      reason: "forged",
    });
    const [, signature] = token.split(".");
    const claims = Buffer.from(
      JSON.stringify({ purpose: "unsubscribe", subscriptionId: "sub-2", expiresAt: 4_000_000_000 }),
    ).toString("base64url");
    expect(verifyAlertToken(secret, `${claims}.${signature}`, ["unsubscribe"], now)).toEqual({
      ok: false,
      reason: "forged",
    });
  });

  it("refuses a token made for something else, and anything that is not a token", () => {
    const confirm = signAlertToken(secret, "confirm", "sub-1", now);
    expect(verifyAlertToken(secret, confirm, ["manage"], now)).toEqual({ ok: false, reason: "wrong-purpose" });
    for (const junk of [null, undefined, "", "abc", "a.b.c", "x".repeat(2000), "!!!.???"]) {
      const check = verifyAlertToken(secret, junk, ["manage"], now);
      expect(check.ok, String(junk)).toBe(false);
    }
  });

  it("refuses to sign or verify with a short secret", () => {
    expect(() => signAlertToken("short", "manage", "sub-1", now)).toThrow(/too short/);
  });
});
