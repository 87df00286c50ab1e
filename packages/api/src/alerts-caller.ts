// The public site's email-alert forms and links call the alerts procedures through this caller:
// the process's connection, the links' secret (LEGIBLE_ALERTS_SECRET) and the client's address
// for the subscribe rate limit. Null when the secret is not set: the site then says alerts are off.

import { alertsSecretFromEnv, type TokenCheck, verifyAlertToken } from "@legible/alerts";
import type { Database } from "@legible/db";
import { type AlertsAccess, createContext } from "./context";
import { processStorage } from "./process-storage";
import { alertsRouter } from "./routers/public/alerts";
import { createCallerFactory } from "./trpc";

const createAlertsCaller = createCallerFactory(alertsRouter);

export type AlertsCaller = ReturnType<typeof createAlertsCaller>;
export type { AlertLinkProblem } from "./routers/public/alerts";

export function alertsSwitchedOn(env: NodeJS.ProcessEnv = process.env): boolean {
  return alertsSecretFromEnv(env) !== null;
}

/** What the alerts procedures need for one caller at `clientAddress`; null while alerts are off. */
export function alertsAccess(database: Database, clientAddress: string | null): AlertsAccess | null {
  const secret = alertsSecretFromEnv();
  return secret ? { prisma: database.prisma, secret, clientAddress } : null;
}

export async function alertsCaller(clientAddress: string | null): Promise<AlertsCaller | null> {
  const { database, repositories } = await processStorage();
  const alerts = alertsAccess(database, clientAddress);
  return alerts ? createAlertsCaller(createContext({ repositories, alerts })) : null;
}

/** Whether an unsubscribe link's token is good, and for one alert or every daily one (the page's words). */
export function checkUnsubscribeLink(token: string): TokenCheck | null {
  const secret = alertsSecretFromEnv();
  return secret ? verifyAlertToken(secret, token, ["unsubscribe", "unsubscribe-daily"]) : null;
}
