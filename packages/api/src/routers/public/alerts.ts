import {
  changeFrequency,
  confirmSubscription,
  deleteAddress,
  exportAddress,
  followedName,
  followedPath,
  getSubscription,
  removeDailySubscriptions,
  removeSubscription,
  SUBSCRIBE_LIMIT,
  subscribe,
  subscribeLimitKey,
  subscriptionsOfAddressOf,
  takeAllowance,
  verifyAlertToken,
} from "@legible/alerts";
import { AlertChoiceUpdateSchema, AlertSubscribeInputSchema, type AlertTokenPurpose } from "@legible/core";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import type { AlertsAccess, Context } from "../../context";
import { publicProcedure, router } from "../../trpc";

// Email alerts for residents. Subscribing answers the same whether or not the address is known
// (a flood from one client is refused with 429 first); everything after goes through a signed,
// expiring link from an email, whose problems come back as a state the page explains, not an error.

const TokenInput = z.object({ token: z.string().max(1024) });

/** Why a link did not work, for the page to say what to do. */
export type AlertLinkProblem = "malformed" | "forged" | "expired" | "wrong-purpose" | "gone";

function access(ctx: Context): AlertsAccess {
  if (!ctx.alerts) {
    throw new TRPCError({ code: "PRECONDITION_FAILED", message: "Email alerts are not switched on for this site." });
  }
  return ctx.alerts;
}

type Checked =
  | { ok: true; subscriptionId: string; purpose: AlertTokenPurpose }
  | { ok: false; problem: AlertLinkProblem };

async function checkLink(alerts: AlertsAccess, token: string, purposes: AlertTokenPurpose[]): Promise<Checked> {
  const check = verifyAlertToken(alerts.secret, token, purposes);
  if (!check.ok) return { ok: false, problem: check.reason };
  if (!(await getSubscription(alerts.prisma, check.claims.subscriptionId))) return { ok: false, problem: "gone" };
  return { ok: true, subscriptionId: check.claims.subscriptionId, purpose: check.claims.purpose };
}

/** Whether a follow names a record on Legible (a search names none). */
async function recordExists(ctx: Context, scope: string, target: string): Promise<boolean> {
  if (scope === "measure") return (await ctx.repositories.measures.get(target)) !== null;
  if (scope === "person") return (await ctx.repositories.people.get(target)) !== null;
  if (scope === "body" || scope === "body-meetings") return (await ctx.repositories.bodies.get(target)) !== null;
  return true;
}

export const alertsRouter = router({
  /** Saves the choice and queues a confirmation email; the same answer for any address. */
  subscribe: publicProcedure.input(AlertSubscribeInputSchema).mutation(async ({ ctx, input }) => {
    const alerts = access(ctx);
    const allowed = await takeAllowance(
      alerts.prisma,
      subscribeLimitKey(alerts.clientAddress ?? "unknown"),
      SUBSCRIBE_LIMIT,
    );
    if (!allowed) {
      throw new TRPCError({
        code: "TOO_MANY_REQUESTS",
        message: "Too many requests from your connection. Wait ten minutes, then try again.",
      });
    }
    if (!(await recordExists(ctx, input.scope, input.target))) {
      throw new TRPCError({ code: "NOT_FOUND", message: "There is nothing with that id to follow." });
    }
    await subscribe(alerts.prisma, input);
    return { received: true as const };
  }),

  /** The confirmation email's link: the subscription starts. */
  confirm: publicProcedure.input(TokenInput).mutation(async ({ ctx, input }) => {
    const alerts = access(ctx);
    const link = await checkLink(alerts, input.token, ["confirm"]);
    if (!link.ok) return { state: "invalid" as const, problem: link.problem };
    const subscription = await confirmSubscription(alerts.prisma, link.subscriptionId);
    if (!subscription) return { state: "invalid" as const, problem: "gone" as const };
    return {
      state: "confirmed" as const,
      name: await followedName(alerts.prisma, subscription),
      path: followedPath(subscription),
      scope: subscription.scope,
    };
  }),

  /** Every alert of the link's address, for the manage page. */
  manage: publicProcedure.input(TokenInput).query(async ({ ctx, input }) => {
    const alerts = access(ctx);
    const link = await checkLink(alerts, input.token, ["manage"]);
    if (!link.ok) return { state: "invalid" as const, problem: link.problem };
    const subscriptions = await subscriptionsOfAddressOf(alerts.prisma, link.subscriptionId);
    return {
      state: "ok" as const,
      subscriptions: await Promise.all(
        subscriptions.map(async (each) => ({
          id: each.id,
          scope: each.scope,
          target: each.target,
          name: await followedName(alerts.prisma, each),
          path: followedPath(each),
          frequency: each.frequency,
          confirmed: each.confirmedAt !== null,
        })),
      ),
    };
  }),

  changeFrequency: publicProcedure
    .input(TokenInput.extend({ choice: AlertChoiceUpdateSchema }))
    .mutation(async ({ ctx, input }) => {
      const alerts = access(ctx);
      const link = await checkLink(alerts, input.token, ["manage"]);
      if (!link.ok) return { state: "invalid" as const, problem: link.problem };
      const { subscriptionId, frequency } = input.choice;
      const changed = await changeFrequency(alerts.prisma, link.subscriptionId, subscriptionId, frequency);
      return changed ? { state: "changed" as const } : { state: "invalid" as const, problem: "gone" as const };
    }),

  /** Stops one alert from the manage page. */
  remove: publicProcedure
    .input(TokenInput.extend({ subscriptionId: z.string().min(1).max(64) }))
    .mutation(async ({ ctx, input }) => {
      const alerts = access(ctx);
      const link = await checkLink(alerts, input.token, ["manage"]);
      if (!link.ok) return { state: "invalid" as const, problem: link.problem };
      await removeSubscription(alerts.prisma, link.subscriptionId, input.subscriptionId);
      return { state: "removed" as const };
    }),

  /** An email's unsubscribe (one click or the page's button): that alert, or a digest's daily alerts. */
  unsubscribe: publicProcedure.input(TokenInput).mutation(async ({ ctx, input }) => {
    const alerts = access(ctx);
    const link = await checkLink(alerts, input.token, ["unsubscribe", "unsubscribe-daily"]);
    // Already gone counts as done: a second click must not look like a failure.
    if (!link.ok)
      return link.problem === "gone"
        ? { state: "done" as const }
        : { state: "invalid" as const, problem: link.problem };
    if (link.purpose === "unsubscribe-daily") await removeDailySubscriptions(alerts.prisma, link.subscriptionId);
    else await removeSubscription(alerts.prisma, link.subscriptionId, link.subscriptionId);
    return { state: "done" as const };
  }),

  /** What is kept about the address, as a download. */
  export: publicProcedure.input(TokenInput).query(async ({ ctx, input }) => {
    const alerts = access(ctx);
    const link = await checkLink(alerts, input.token, ["manage"]);
    if (!link.ok) return { state: "invalid" as const, problem: link.problem };
    return { state: "ok" as const, data: await exportAddress(alerts.prisma, link.subscriptionId) };
  }),

  /** Deletes everything about the address. */
  deleteEverything: publicProcedure.input(TokenInput).mutation(async ({ ctx, input }) => {
    const alerts = access(ctx);
    const link = await checkLink(alerts, input.token, ["manage"]);
    if (!link.ok) return { state: "invalid" as const, problem: link.problem };
    await deleteAddress(alerts.prisma, link.subscriptionId);
    return { state: "deleted" as const };
  }),
});
