import { createHmac, timingSafeEqual } from "node:crypto";
import {
  ALERT_TOKEN_LIFETIME_SECONDS,
  type AlertTokenClaims,
  AlertTokenClaimsSchema,
  type AlertTokenPurpose,
} from "@legible/core";

// A link in an email carries `<claims>.<signature>`, both base64url: the claims say which
// subscription and what for, until when; the signature is HMAC-SHA256 over the claims with the
// server's LEGIBLE_ALERTS_SECRET, so nobody can make a link for someone else's subscription.
// Nothing personal is in a token: a subscription's id, never its address.

export type TokenCheck =
  | { ok: true; claims: AlertTokenClaims }
  | { ok: false; reason: "malformed" | "forged" | "expired" | "wrong-purpose" };

const MIN_SECRET_LENGTH = 16;

function signature(secret: string, payload: string): Buffer {
  return createHmac("sha256", secret).update(`legible-alerts.${payload}`).digest();
}

function checkSecret(secret: string): void {
  if (secret.length < MIN_SECRET_LENGTH) {
    throw new Error(`LEGIBLE_ALERTS_SECRET is too short: use at least ${MIN_SECRET_LENGTH} characters.`);
  }
}

export function signAlertToken(
  secret: string,
  purpose: AlertTokenPurpose,
  subscriptionId: string,
  now: Date = new Date(),
): string {
  checkSecret(secret);
  const claims: AlertTokenClaims = {
    purpose,
    subscriptionId,
    expiresAt: Math.floor(now.getTime() / 1000) + ALERT_TOKEN_LIFETIME_SECONDS[purpose],
  };
  const payload = Buffer.from(JSON.stringify(claims)).toString("base64url");
  return `${payload}.${signature(secret, payload).toString("base64url")}`;
}

/** Checks the signature first (in constant time), then the claims, then the time and purpose. */
export function verifyAlertToken(
  secret: string,
  token: string | null | undefined,
  purposes: readonly AlertTokenPurpose[],
  now: Date = new Date(),
): TokenCheck {
  checkSecret(secret);
  if (typeof token !== "string" || token.length > 1024) return { ok: false, reason: "malformed" };
  const [payload, signed, ...rest] = token.split(".");
  if (!payload || !signed || rest.length > 0) return { ok: false, reason: "malformed" };
  const given = Buffer.from(signed, "base64url");
  const expected = signature(secret, payload);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: "forged" };
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
  } catch {
    return { ok: false, reason: "malformed" };
  }
  const claims = AlertTokenClaimsSchema.safeParse(parsed);
  if (!claims.success) return { ok: false, reason: "malformed" };
  if (claims.data.expiresAt * 1000 <= now.getTime()) return { ok: false, reason: "expired" };
  if (!purposes.includes(claims.data.purpose)) return { ok: false, reason: "wrong-purpose" };
  return { ok: true, claims: claims.data };
}

/** LEGIBLE_ALERTS_SECRET, or null when unset (alerts are then switched off, and say so). */
export function alertsSecretFromEnv(env: NodeJS.ProcessEnv = process.env): string | null {
  const secret = env.LEGIBLE_ALERTS_SECRET?.trim();
  return secret && secret.length >= MIN_SECRET_LENGTH ? secret : null;
}
