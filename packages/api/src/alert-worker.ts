// Starts this server process's email-alert queue beside the sync scheduler, on its connection:
// it reads changes from the audit log, makes digests and sends emails as jobs (pg-boss on
// PostgreSQL, in process on SQLite). Without SMTP_URL the emails are printed to the console.

import {
  alertsSecretFromEnv,
  createAlertQueue,
  currentAlertQueue,
  fromAddress,
  setAlertQueue,
  transportFromEnv,
} from "@legible/alerts";
import type { Database } from "@legible/db";
import { errorLines } from "@legible/observe";
import { publicSiteUrls } from "./public-site";

/** Starts the queue once per process; a failure or a missing setting is logged, not thrown. */
export async function startAlertWorker(database: Database, log: (message: string) => void = errorLines("alerts")) {
  if (currentAlertQueue()) return;
  const secret = alertsSecretFromEnv();
  const siteUrl = publicSiteUrls()[0];
  if (!secret || !siteUrl) {
    log("alerts: email alerts are off: set LEGIBLE_ALERTS_SECRET (16 characters or more) and LEGIBLE_PUBLIC_URL");
    return;
  }
  try {
    const { transport, kind } = transportFromEnv();
    const tickMs = Number(process.env.LEGIBLE_ALERTS_TICK_MS) || undefined;
    const queue = createAlertQueue(database, {
      transport,
      siteUrl,
      secret,
      from: fromAddress(siteUrl),
      log,
      ...(tickMs ? { tickMs } : {}),
    });
    setAlertQueue(queue);
    await queue.start();
    log(
      kind === "smtp"
        ? "alerts: email alerts are sent over SMTP_URL"
        : "alerts: no SMTP_URL, so alert emails are printed here instead of sent",
    );
  } catch (error) {
    setAlertQueue(null);
    log(`alerts: the alert queue did not start, so emails wait until it does: ${String(error)}`);
  }
}
