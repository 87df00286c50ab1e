import { createAuthMiddleware } from "@better-auth/core/api";
import { APIError } from "@better-auth/core/error";
import { getIP } from "@better-auth/core/utils/ip";
import type { BetterAuthPlugin } from "better-auth";

const SIGN_IN_PATH = "/sign-in/email";

export interface SignInThrottleOptions {
  /** Failures allowed per account and per address within the window. */
  maxFailures: number;
  windowSeconds: number;
}

/**
 * Refuses sign-in with 429 after too many failed attempts for one account or from one
 * address, so passwords cannot be guessed. Failures are kept in the database, so every
 * machine behind a load balancer counts the same attempts; successes do not count.
 */
export function signInThrottle(options: SignInThrottleOptions) {
  const keysOf = (ctx: { body?: unknown; request?: Request; headers?: Headers }, address: string | null) => {
    const email = (ctx.body as { email?: unknown } | undefined)?.email;
    const keys: string[] = [];
    if (typeof email === "string" && email) keys.push(`account:${email.trim().toLowerCase()}`);
    if (address) keys.push(`address:${address}`);
    return keys;
  };

  return {
    id: "legible-sign-in-throttle",
    schema: {
      signInFailure: {
        fields: {
          key: { type: "string", required: true, index: true },
          createdAt: { type: "date", required: true },
        },
      },
    },
    hooks: {
      before: [
        {
          matcher: (ctx) => ctx.path === SIGN_IN_PATH,
          handler: createAuthMiddleware(async (ctx) => {
            const source = ctx.request ?? ctx.headers;
            const keys = keysOf(ctx, source ? getIP(source, ctx.context.options) : null);
            if (!keys.length) return;
            const since = new Date(Date.now() - options.windowSeconds * 1000);
            for (const key of keys) {
              const failures = await ctx.context.adapter.count({
                model: "signInFailure",
                where: [
                  { field: "key", value: key },
                  { field: "createdAt", value: since, operator: "gte" },
                ],
              });
              if (failures >= options.maxFailures) {
                throw new APIError("TOO_MANY_REQUESTS", {
                  message: "Too many failed sign-ins. Wait a minute, then try again.",
                  code: "TOO_MANY_FAILED_SIGN_INS",
                });
              }
            }
          }),
        },
      ],
      after: [
        {
          matcher: (ctx) => ctx.path === SIGN_IN_PATH,
          handler: createAuthMiddleware(async (ctx) => {
            const returned = ctx.context.returned;
            const failed = returned instanceof APIError && returned.statusCode === 401;
            if (!failed) return;
            const source = ctx.request ?? ctx.headers;
            const now = new Date();
            for (const key of keysOf(ctx, source ? getIP(source, ctx.context.options) : null)) {
              await ctx.context.adapter.create({ model: "signInFailure", data: { key, createdAt: now } });
            }
            await ctx.context.adapter.deleteMany({
              model: "signInFailure",
              where: [
                {
                  field: "createdAt",
                  value: new Date(now.getTime() - options.windowSeconds * 1000),
                  operator: "lt",
                },
              ],
            });
          }),
        },
      ],
    },
  } satisfies BetterAuthPlugin;
}
