import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * Signed invalidation calls (the staff app to each public-site machine, Legible to a CDN's purge
 * webhook): `x-legible-signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">` with
 * LEGIBLE_REVALIDATE_SECRET. The time limit bounds how long a captured call stays usable; the
 * receiver remembers signatures it accepted within it, so none is accepted twice.
 */
export const SIGNATURE_HEADER = "x-legible-signature";
export const SIGNATURE_MAX_AGE_SECONDS = 300;

function hmac(secret: string, timestamp: number, body: string): string {
  return createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex");
}

/** The header value for `body`, signed now (or at `at`, in milliseconds). */
export function signBody(secret: string, body: string, at: number = Date.now()): string {
  const timestamp = Math.floor(at / 1000);
  return `t=${timestamp},v1=${hmac(secret, timestamp, body)}`;
}

export type SignatureCheck =
  | { ok: true }
  | { ok: false; reason: "missing" | "malformed" | "expired" | "forged" | "replayed" };

/** Signatures accepted within the time limit, forgotten once they are too old to be accepted anyway. */
export class SeenSignatures {
  private readonly seen = new Map<string, number>();

  /** False when `signature` was already accepted. */
  remember(signature: string, timestamp: number, nowSeconds: number): boolean {
    for (const [key, at] of this.seen) {
      if (at >= nowSeconds - SIGNATURE_MAX_AGE_SECONDS) break;
      this.seen.delete(key);
    }
    if (this.seen.has(signature)) return false;
    this.seen.set(signature, timestamp);
    return true;
  }
}

const HEADER_FORMAT = /^t=(\d{1,12}),v1=([0-9a-f]{64})$/;

/**
 * Checks a call's signature: refused when absent, malformed, signed with another secret or for
 * another body (forged), older or more than the limit in the future (expired), or seen before
 * (replayed). Only a valid signature is remembered, so forged calls cannot fill the memory.
 */
export function verifySignedBody(
  secret: string,
  header: string | null,
  body: string,
  seen: SeenSignatures,
  at: number = Date.now(),
): SignatureCheck {
  if (!header) return { ok: false, reason: "missing" };
  const match = HEADER_FORMAT.exec(header.trim());
  if (!match) return { ok: false, reason: "malformed" };
  const timestamp = Number(match[1]);
  const given = Buffer.from(match[2] as string, "hex");
  const expected = Buffer.from(hmac(secret, timestamp, body), "hex");
  if (!timingSafeEqual(given, expected)) return { ok: false, reason: "forged" };
  const now = Math.floor(at / 1000);
  if (Math.abs(now - timestamp) > SIGNATURE_MAX_AGE_SECONDS) return { ok: false, reason: "expired" };
  if (!seen.remember(match[2] as string, timestamp, now)) return { ok: false, reason: "replayed" };
  return { ok: true };
}
