import { describe, expect, it } from "vitest";
import { SeenSignatures, signBody, verifySignedBody } from "./signed-invalidation";

const SECRET = "a-shared-secret-of-some-length";
const BODY = JSON.stringify({ tags: ["person:p1", "home"] });
const NOW = Date.UTC(2026, 11, 4, 20, 0, 0);

describe("signed invalidation calls", () => {
  it("tell two calls with the same body in the same second apart", () => {
    const seen = new SeenSignatures();
    const [first, second] = [signBody(SECRET, BODY, NOW), signBody(SECRET, BODY, NOW)];
    expect(first).not.toBe(second);
    expect(verifySignedBody(SECRET, first, BODY, seen, NOW).ok).toBe(true);
    expect(verifySignedBody(SECRET, second, BODY, seen, NOW).ok).toBe(true);
  });

  it("accept a fresh call signed with the secret, once", () => {
    const seen = new SeenSignatures();
    const header = signBody(SECRET, BODY, NOW);
    expect(header).toMatch(/^t=\d+,n=[0-9a-f]{24},v1=[0-9a-f]{64}$/);
    expect(verifySignedBody(SECRET, header, BODY, seen, NOW + 1_000)).toEqual({ ok: true });
    expect(verifySignedBody(SECRET, header, BODY, seen, NOW + 2_000)).toEqual({ ok: false, reason: "replayed" });
  });

  it("refuse a call signed with another secret or for another body", () => {
    const seen = new SeenSignatures();
    expect(verifySignedBody(SECRET, signBody("another-secret", BODY, NOW), BODY, seen, NOW)).toEqual({
      ok: false,
      reason: "forged",
    });
    const header = signBody(SECRET, BODY, NOW);
    expect(verifySignedBody(SECRET, header, JSON.stringify({ all: true }), seen, NOW)).toEqual({
      ok: false,
      reason: "forged",
    });
    // The timestamp and the nonce are signed too: changing either breaks the signature.
    const renonced = header.replace(/,n=([0-9a-f])/, (_, first) => `,n=${first === "0" ? "1" : "0"}`);
    expect(verifySignedBody(SECRET, renonced, BODY, seen, NOW)).toEqual({ ok: false, reason: "forged" });
    const moved = header.replace(/^t=(\d+)/, (_, t) => `t=${Number(t) + 600}`);
    expect(verifySignedBody(SECRET, moved, BODY, seen, NOW + 600_000)).toEqual({ ok: false, reason: "forged" });
  });

  it("refuse a call older than five minutes, or signed as if from the future", () => {
    const seen = new SeenSignatures();
    expect(verifySignedBody(SECRET, signBody(SECRET, BODY, NOW), BODY, seen, NOW + 301_000)).toEqual({
      ok: false,
      reason: "expired",
    });
    expect(verifySignedBody(SECRET, signBody(SECRET, BODY, NOW + 301_000), BODY, seen, NOW)).toEqual({
      ok: false,
      reason: "expired",
    });
    expect(verifySignedBody(SECRET, signBody(SECRET, BODY, NOW), BODY, seen, NOW + 299_000)).toEqual({ ok: true });
  });

  it("refuse a missing or malformed header", () => {
    const seen = new SeenSignatures();
    expect(verifySignedBody(SECRET, null, BODY, seen, NOW)).toEqual({ ok: false, reason: "missing" });
    expect(verifySignedBody(SECRET, `Bearer ${SECRET}`, BODY, seen, NOW)).toEqual({ ok: false, reason: "malformed" });
    expect(verifySignedBody(SECRET, "t=1,v1=zz", BODY, seen, NOW)).toEqual({ ok: false, reason: "malformed" });
    // Without its nonce, a signature cannot be checked.
    const header = signBody(SECRET, BODY, NOW).replace(/,n=[0-9a-f]+/, "");
    expect(verifySignedBody(SECRET, header, BODY, seen, NOW)).toEqual({ ok: false, reason: "malformed" });
  });

  it("forget signatures once they are too old to be accepted anyway", () => {
    const seen = new SeenSignatures();
    expect(seen.remember("a", 1_000, 1_000)).toBe(true);
    expect(seen.remember("a", 1_000, 1_100)).toBe(false);
    expect(seen.remember("b", 2_000, 2_000)).toBe(true);
    // "a" is gone (older than the limit at 2000), so the map holds only what can still arrive.
    expect(seen.remember("a", 1_000, 2_000)).toBe(true);
  });
});
