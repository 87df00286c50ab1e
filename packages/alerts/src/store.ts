import { createHash, randomUUID } from "node:crypto";
import type { AlertFrequency, AlertSubscribeInput } from "@legible/core";
import type { PrismaDatabase } from "./prisma";

// Subscriptions: the address, what it follows, its language and how often, and whether it was
// confirmed. Everything about one address is reached from any of its subscriptions (a manage
// link names a subscription, never an address).

export interface AlertSubscription {
  id: string;
  email: string;
  scope: string;
  target: string;
  locale: string;
  frequency: string;
  confirmedAt: Date | null;
  createdAt: Date;
}

/** How many confirmation emails one unconfirmed subscription may cause: asking again re-sends, up to this. */
export const MAX_CONFIRMATION_EMAILS = 3;

export function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === "P2002";
}

/** A short, stable name for an address in keys (digest emails): never the address itself. */
export function addressKey(email: string): string {
  return createHash("sha256").update(email).digest("base64url").slice(0, 22);
}

/**
 * Saves a subscription and queues its confirmation email, the same way whether or not the address
 * or the subscription was known: the caller answers the same in every case. A confirmed one is
 * left as it is (no email: the resident already gets alerts); an unconfirmed one gets its
 * confirmation again, a few times at most.
 */
export async function subscribe(prisma: PrismaDatabase, input: AlertSubscribeInput): Promise<void> {
  const where = { email_scope_target: { email: input.email, scope: input.scope, target: input.target } };
  let subscription = await prisma.alertSubscription.findUnique({ where });
  if (!subscription) {
    try {
      subscription = await prisma.alertSubscription.create({
        data: {
          id: randomUUID(),
          email: input.email,
          scope: input.scope,
          target: input.target,
          locale: input.locale,
          frequency: input.frequency,
        },
      });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      subscription = await prisma.alertSubscription.findUnique({ where });
    }
  }
  if (!subscription || subscription.confirmedAt) return;
  // The latest choices count until confirmed.
  await prisma.alertSubscription.update({
    where: { id: subscription.id },
    data: { locale: input.locale, frequency: input.frequency },
  });
  const sent = await prisma.alertEmail.count({ where: { id: { startsWith: `confirm:${subscription.id}:` } } });
  if (sent >= MAX_CONFIRMATION_EMAILS) return;
  await queueEmail(prisma, `confirm:${subscription.id}:${sent + 1}`, subscription.email, "confirm");
}

/** Adds an email to send; a second machine adding the same key finds it there. True when this call added it. */
export async function queueEmail(prisma: PrismaDatabase, id: string, email: string, kind: string): Promise<boolean> {
  try {
    await prisma.alertEmail.create({ data: { id, email, kind, status: "pending" } });
    return true;
  } catch (error) {
    if (isUniqueViolation(error)) return false;
    throw error;
  }
}

export function getSubscription(prisma: PrismaDatabase, id: string): Promise<AlertSubscription | null> {
  return prisma.alertSubscription.findUnique({ where: { id } });
}

/** Opens a subscription's alerts (the confirmation link). Null when it is gone. */
export async function confirmSubscription(prisma: PrismaDatabase, id: string, now = new Date()) {
  const subscription = await getSubscription(prisma, id);
  if (!subscription) return null;
  // Opening the link proves mail gets through again: a paused address is resumed.
  await prisma.alertAddress.updateMany({ where: { email: subscription.email }, data: { pausedAt: null, bounces: 0 } });
  if (subscription.confirmedAt) return subscription;
  return prisma.alertSubscription.update({ where: { id }, data: { confirmedAt: now } });
}

/** Every subscription of the address the given one belongs to, oldest first. */
export async function subscriptionsOfAddressOf(prisma: PrismaDatabase, id: string): Promise<AlertSubscription[]> {
  const subscription = await getSubscription(prisma, id);
  if (!subscription) return [];
  return prisma.alertSubscription.findMany({
    where: { email: subscription.email },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
}

/** Changes how often one subscription of the same address is sent; false when it is not that address's. */
export async function changeFrequency(
  prisma: PrismaDatabase,
  tokenSubscriptionId: string,
  subscriptionId: string,
  frequency: AlertFrequency,
): Promise<boolean> {
  const owner = await getSubscription(prisma, tokenSubscriptionId);
  if (!owner) return false;
  const changed = await prisma.alertSubscription.updateMany({
    where: { id: subscriptionId, email: owner.email },
    data: { frequency },
  });
  return changed.count === 1;
}

/** Stops one subscription of the same address (its pending events go with it). */
export async function removeSubscription(
  prisma: PrismaDatabase,
  tokenSubscriptionId: string,
  subscriptionId: string,
): Promise<boolean> {
  const owner = await getSubscription(prisma, tokenSubscriptionId);
  if (!owner) return false;
  const removed = await prisma.alertSubscription.deleteMany({ where: { id: subscriptionId, email: owner.email } });
  return removed.count === 1;
}

/** A daily digest's one-click unsubscribe: every daily alert of the address stops. */
export async function removeDailySubscriptions(prisma: PrismaDatabase, tokenSubscriptionId: string): Promise<number> {
  const owner = await getSubscription(prisma, tokenSubscriptionId);
  if (!owner) return 0;
  const removed = await prisma.alertSubscription.deleteMany({ where: { email: owner.email, frequency: "daily" } });
  return removed.count;
}

/** Everything stored about the address, as a download: the address, each choice, the delivery state. */
export async function exportAddress(prisma: PrismaDatabase, tokenSubscriptionId: string) {
  const owner = await getSubscription(prisma, tokenSubscriptionId);
  if (!owner) return null;
  const [subscriptions, address] = await Promise.all([
    subscriptionsOfAddressOf(prisma, owner.id),
    prisma.alertAddress.findUnique({ where: { email: owner.email } }),
  ]);
  return {
    format: "legible-alerts-export",
    version: 1,
    email: owner.email,
    subscriptions: subscriptions.map((each) => ({
      follows: { scope: each.scope, target: each.target },
      language: each.locale,
      frequency: each.frequency,
      subscribedAt: each.createdAt.toISOString(),
      confirmedAt: each.confirmedAt?.toISOString() ?? null,
    })),
    delivery: address
      ? { permanentFailures: address.bounces, pausedAt: address.pausedAt?.toISOString() ?? null }
      : { permanentFailures: 0, pausedAt: null },
  };
}

/** Deletes everything about the address: its subscriptions (and their events), queued emails, delivery state. */
export async function deleteAddress(prisma: PrismaDatabase, tokenSubscriptionId: string): Promise<boolean> {
  const owner = await getSubscription(prisma, tokenSubscriptionId);
  if (!owner) return false;
  await prisma.$transaction([
    prisma.alertSubscription.deleteMany({ where: { email: owner.email } }),
    prisma.alertEmail.deleteMany({ where: { email: owner.email } }),
    prisma.alertAddress.deleteMany({ where: { email: owner.email } }),
  ]);
  return true;
}
