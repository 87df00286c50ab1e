import { createHash } from "node:crypto";
import type { PrismaDatabase } from "./prisma";

// Subscribing is slowed per client address in the RateLimit table the staff app's sign-in limits
// already use (Better Auth's storage: key, count, lastRequest in ms), so every machine counts the
// same requests. The client's address is kept only as a hash in the key.

export interface RateLimitRule {
  max: number;
  windowSeconds: number;
}

/** Five subscribe requests per address in ten minutes: enough for a household, not for a flood. */
export const SUBSCRIBE_LIMIT: RateLimitRule = { max: 5, windowSeconds: 600 };

export function subscribeLimitKey(clientAddress: string): string {
  return `alerts-subscribe:${createHash("sha256").update(clientAddress).digest("base64url").slice(0, 32)}`;
}

/**
 * Counts one request under `key` and says whether it is allowed. A window starts with the first
 * request after the last window ended; within it, the count goes up with conditional updates, so
 * two machines counting at once cannot both take the last allowance.
 */
export async function takeAllowance(
  prisma: PrismaDatabase,
  key: string,
  rule: RateLimitRule,
  now = Date.now(),
): Promise<boolean> {
  const windowStart = BigInt(now - rule.windowSeconds * 1000);
  for (let attempt = 0; attempt < 3; attempt++) {
    const row = await prisma.rateLimit.findUnique({ where: { key } });
    if (!row) {
      try {
        await prisma.rateLimit.create({ data: { id: key, key, count: 1, lastRequest: BigInt(now) } });
        return true;
      } catch {
        continue; // another machine made it first: count again
      }
    }
    if (row.lastRequest <= windowStart) {
      // The window ended: start a new one (unless another machine just did).
      const reset = await prisma.rateLimit.updateMany({
        where: { key, lastRequest: row.lastRequest },
        data: { count: 1, lastRequest: BigInt(now) },
      });
      if (reset.count === 1) return true;
      continue;
    }
    if (row.count >= rule.max) return false;
    const taken = await prisma.rateLimit.updateMany({
      where: { key, count: row.count },
      data: { count: row.count + 1 },
    });
    if (taken.count === 1) return true;
  }
  return false;
}
