import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

/**
 * Signed invalidation calls (the staff app to each public-site machine, Legible to a CDN's purge
 * webhook): `x-legible-signature: t=<unix seconds>,n=<random nonce>,v1=<hex HMAC-SHA256 of
 * "<t>.<n>.<body>">` with LEGIBLE_REVALIDATE_SECRET. The time limit bounds how long a captured
 * call stays usable; the receiver remembers signatures it accepted within it, so none is accepted
 * twice. The nonce keeps two honest calls with the same body in the same second (a retry) apart.
 */
export const SIGNATURE_HEADER = "x-legible-signature";
export const SIGNATURE_MAX_AGE_SECONDS = 300;

function hmac(secret: string, timestamp: number, nonce: string, body: string): string {
  return createHmac("sha256", secret).update(`${timestamp}.${nonce}.${body}`).digest("hex");
}

/** The header value for `body`, signed now (or at `at`, in milliseconds). */
export function signBody(secret: string, body: string, at: number = Date.now()): string {
  const timestamp = Math.floor(at / 1000);
  const nonce = randomBytes(12).toString("hex");
  return `t=${timestamp},n=${nonce},v1=${hmac(secret, timestamp, nonce, body)}`;
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

const HEADER_FORMAT = /^t=(\d{1,12}),n=([0-9a-f]{16,64}),v1=([0-9a-f]{64})$/;

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
  const signature = match[3] as string;
  const given = Buffer.from(signature, "hex");
  const expected = Buffer.from(hmac(secret, timestamp, match[2] as string, body), "hex");
  if (!timingSafeEqual(given, expected)) return { ok: false, reason: "forged" };
  const now = Math.floor(at / 1000);
  if (Math.abs(now - timestamp) > SIGNATURE_MAX_AGE_SECONDS) return { ok: false, reason: "expired" };
  if (!seen.remember(signature, timestamp, now)) return { ok: false, reason: "replayed" };
  return { ok: true };
}
