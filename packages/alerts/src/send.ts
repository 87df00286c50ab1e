import { ALERT_BOUNCES_BEFORE_PAUSE, type AlertLocale, AlertLocaleSchema, type AlertScope } from "@legible/core";
import type { Transporter } from "nodemailer";
import { describeChange, localizedPath } from "./describe";
import type { AuditedChange } from "./matching";
import type { PrismaDatabase } from "./prisma";
import { type ChangeGroup, type FollowedThing, type RenderedEmail, renderAlert, renderConfirmation } from "./render";
import type { AlertSubscription } from "./store";
import { signAlertToken } from "./tokens";

// Sends one queued email, once: a worker first claims the row (pending → sending, a conditional
// update only one worker can win), works out what it says from the records as they are now,
// hands it to SMTP, and marks it sent. A failure puts it back to pending for the queue's retry;
// a permanent one (SMTP 5xx) also counts against the address, which is paused after a few.

export interface SendSettings {
  transport: Transporter;
  /** The public site's address, for links. */
  siteUrl: string;
  secret: string;
  from: string;
  now?: () => Date;
}

/** Tries per email before it is left failed. */
export const MAX_ATTEMPTS = 5;
/** A claim older than this was a worker that stopped mid-send: another may take the email. */
export const CLAIM_TIMEOUT_MS = 10 * 60_000;

export type SendOutcome = "sent" | "skipped" | "paused" | "gone" | "retry" | "failed";

export class TransientSendError extends Error {}

/** SMTP's permanent failures: the 5xx replies (no such mailbox, refused), not a server that is down. */
export function isPermanentFailure(error: unknown): boolean {
  const code = (error as { responseCode?: unknown } | null)?.responseCode;
  return typeof code === "number" && code >= 500 && code < 600;
}

async function claim(prisma: PrismaDatabase, id: string, now: Date): Promise<boolean> {
  const stale = new Date(now.getTime() - CLAIM_TIMEOUT_MS);
  const claimed = await prisma.alertEmail.updateMany({
    where: {
      id,
      attempts: { lt: MAX_ATTEMPTS },
      OR: [{ status: "pending" }, { status: "sending", claimedAt: { lt: stale } }],
    },
    data: { status: "sending", claimedAt: now, attempts: { increment: 1 } },
  });
  return claimed.count === 1;
}

const PAGE_PATHS: Record<AlertScope, (target: string) => string> = {
  measure: (id) => `/measures/${encodeURIComponent(id)}`,
  person: (id) => `/people/${encodeURIComponent(id)}`,
  body: (id) => `/bodies/${encodeURIComponent(id)}`,
  "body-meetings": (id) => `/bodies/${encodeURIComponent(id)}/meetings/upcoming`,
  search: (words) => `/search?q=${encodeURIComponent(words)}`,
};

/** The followed thing's page on the site, in the subscription's language. */
export function followedPath(subscription: Pick<AlertSubscription, "scope" | "target" | "locale">): string {
  const path = (PAGE_PATHS[subscription.scope as AlertScope] ?? PAGE_PATHS.search)(subscription.target);
  return localizedPath(localeOf(subscription.locale), path);
}

/** The followed record's current title or name, or the search's words (a deleted record: its id). */
export async function followedName(
  prisma: PrismaDatabase,
  subscription: Pick<AlertSubscription, "scope" | "target">,
): Promise<string> {
  const { scope, target } = subscription;
  let name: string | null = null;
  if (scope === "measure") {
    name = (await prisma.measure.findUnique({ where: { id: target }, select: { title: true } }))?.title ?? null;
  } else if (scope === "person") {
    name = (await prisma.person.findUnique({ where: { id: target }, select: { name: true } }))?.name ?? null;
  } else if (scope === "body" || scope === "body-meetings") {
    name = (await prisma.body.findUnique({ where: { id: target }, select: { name: true } }))?.name ?? null;
  }
  return name ?? target;
}

/** The followed thing as an email names it, with its page's full address. */
export async function followedThing(
  prisma: PrismaDatabase,
  subscription: Pick<AlertSubscription, "scope" | "target" | "locale">,
  siteUrl: string,
): Promise<FollowedThing> {
  return {
    scope: subscription.scope as AlertScope,
    name: await followedName(prisma, subscription),
    url: new URL(followedPath(subscription), siteUrl).toString(),
  };
}

function localeOf(value: string): AlertLocale {
  return AlertLocaleSchema.catch("en").parse(value);
}

export function alertLink(siteUrl: string, locale: AlertLocale, page: string, token: string): string {
  return new URL(`${localizedPath(locale, `/alerts/${page}`)}?token=${encodeURIComponent(token)}`, siteUrl).toString();
}

/** The address mail clients POST to for one-click unsubscribe (RFC 8058); a GET there goes to the page with a button. */
export function oneClickUnsubscribeLink(siteUrl: string, locale: AlertLocale, token: string): string {
  return alertLink(siteUrl, locale, "unsubscribe/one-click", token);
}

interface Composed {
  rendered: RenderedEmail;
  unsubscribeUrl: string | null;
}

async function compose(
  prisma: PrismaDatabase,
  email: { id: string; kind: string },
  settings: SendSettings,
  now: Date,
): Promise<Composed | null> {
  if (email.kind === "confirm") {
    const subscriptionId = email.id.split(":")[1] as string;
    const subscription = await prisma.alertSubscription.findUnique({ where: { id: subscriptionId } });
    if (!subscription || subscription.confirmedAt) return null;
    const locale = localeOf(subscription.locale);
    const token = signAlertToken(settings.secret, "confirm", subscription.id, now);
    const thing = await followedThing(prisma, subscription, settings.siteUrl);
    return {
      rendered: renderConfirmation(locale, thing, alertLink(settings.siteUrl, locale, "confirm", token)),
      unsubscribeUrl: null,
    };
  }
  const events = await prisma.alertEvent.findMany({
    where: { emailId: email.id },
    orderBy: { auditEntryId: "asc" },
    include: { subscription: true },
  });
  if (events.length === 0) return null;
  const entries = await prisma.auditEntry.findMany({
    where: { id: { in: events.map((event) => event.auditEntryId) } },
    select: { id: true, at: true, action: true, recordType: true, recordId: true, before: true, after: true },
  });
  const byId = new Map(entries.map((entry) => [entry.id, entry as AuditedChange]));
  const first = (events[0] as (typeof events)[number]).subscription;
  const locale = localeOf(first.locale);
  const groups = new Map<string, ChangeGroup>();
  for (const event of events) {
    const change = byId.get(event.auditEntryId);
    if (!change) continue;
    let group = groups.get(event.subscriptionId);
    if (!group) {
      group = { thing: await followedThing(prisma, event.subscription, settings.siteUrl), changes: [] };
      groups.set(event.subscriptionId, group);
    }
    group.changes.push(describeChange(change, locale));
  }
  if (groups.size === 0) return null;
  const digest = email.kind === "digest";
  const unsubscribeToken = signAlertToken(settings.secret, digest ? "unsubscribe-daily" : "unsubscribe", first.id, now);
  // The header's address takes the one-click POST; the footer's link opens a page with a button
  // (a GET never unsubscribes: mail scanners open links).
  const unsubscribeUrl = oneClickUnsubscribeLink(settings.siteUrl, locale, unsubscribeToken);
  const unsubscribePage = alertLink(settings.siteUrl, locale, "unsubscribe", unsubscribeToken);
  const manageUrl = alertLink(
    settings.siteUrl,
    locale,
    "manage",
    signAlertToken(settings.secret, "manage", first.id, now),
  );
  return {
    rendered: renderAlert(
      locale,
      [...groups.values()],
      { siteUrl: settings.siteUrl, manageUrl, unsubscribeUrl: unsubscribePage },
      digest,
    ),
    unsubscribeUrl,
  };
}

/** Sends the email if this worker wins its claim. Throws TransientSendError when the queue should retry. */
export async function sendQueuedEmail(
  prisma: PrismaDatabase,
  emailId: string,
  settings: SendSettings,
): Promise<SendOutcome> {
  const now = settings.now?.() ?? new Date();
  if (!(await claim(prisma, emailId, now))) return "skipped";
  const email = await prisma.alertEmail.findUnique({ where: { id: emailId } });
  if (!email) return "gone";
  const finish = (status: string, error: string | null = null) =>
    prisma.alertEmail.updateMany({
      where: { id: emailId },
      data: { status, error, ...(status === "sent" ? { sentAt: now } : {}) },
    });
  const address = await prisma.alertAddress.findUnique({ where: { email: email.email } });
  // A paused address still gets a confirmation it asked for: confirming shows it works again.
  if (address?.pausedAt && email.kind !== "confirm") {
    await finish("paused");
    return "paused";
  }
  const composed = await compose(prisma, email, settings, now);
  if (!composed) {
    // Nothing left to say: unsubscribed, confirmed already, or deleted since it was queued.
    await finish("gone");
    return "gone";
  }
  try {
    await settings.transport.sendMail({
      from: settings.from,
      to: email.email,
      subject: composed.rendered.subject,
      text: composed.rendered.text,
      html: composed.rendered.html,
      ...(composed.unsubscribeUrl
        ? {
            list: { unsubscribe: composed.unsubscribeUrl },
            headers: { "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" },
          }
        : {}),
    });
  } catch (error) {
    const permanent = isPermanentFailure(error);
    // The reason without the address: SMTP replies may quote it.
    const reason = String((error as Error)?.message ?? error)
      .replaceAll(email.email, "<address>")
      .slice(0, 500);
    if (permanent) await countBounce(prisma, email.email, now);
    const lastTry = permanent || email.attempts >= MAX_ATTEMPTS;
    await finish(lastTry ? "failed" : "pending", reason);
    if (lastTry) return "failed";
    throw new TransientSendError(`alerts: email ${emailId} was not sent (try ${email.attempts}): ${reason}`);
  }
  await finish("sent");
  if (address && address.bounces > 0) {
    await prisma.alertAddress.update({ where: { email: email.email }, data: { bounces: 0 } });
  }
  return "sent";
}

/** One more permanent failure for the address; at ALERT_BOUNCES_BEFORE_PAUSE in a row it is paused. */
async function countBounce(prisma: PrismaDatabase, email: string, now: Date): Promise<void> {
  const address = await prisma.alertAddress.upsert({
    where: { email },
    create: { email, bounces: 1 },
    update: { bounces: { increment: 1 } },
  });
  if (address.bounces >= ALERT_BOUNCES_BEFORE_PAUSE && !address.pausedAt) {
    await prisma.alertAddress.update({ where: { email }, data: { pausedAt: now } });
  }
}
