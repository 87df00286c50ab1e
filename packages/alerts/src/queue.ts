import type { Database } from "@legible/db";
import PgBoss from "pg-boss";
import { MAX_ATTEMPTS, type SendSettings, sendQueuedEmail, TransientSendError } from "./send";
import { queueDigests, scanChanges } from "./watcher";

// Alert emails are jobs on the queue the connectors use: pg-boss in the app's PostgreSQL (any
// machine may send a job, one takes it, failed ones are retried with backoff), or one after
// another in this process on SQLite. Each tick every machine reads the audit log for changes,
// makes the day's digests when due, and hands on emails nobody has taken yet (a confirmation
// queued by a public machine, a retry after a restart). The email's own claim is what makes a
// job that two machines handed on send once.

export const ALERT_QUEUE = "legible-alerts-send";

export interface AlertQueueOptions extends SendSettings {
  log?: (message: string) => void;
  /** How often changes are looked for. Default 5 s. */
  tickMs?: number;
  /** pg-boss only: how often workers poll, in seconds. Default 2. */
  pollingIntervalSeconds?: number;
  /** The hour (UTC) daily digests go out. Default 14 (7 in the morning in Los Angeles). */
  digestHourUtc?: number;
  /** pg-boss only: seconds before the first retry (doubling after). Default 30. */
  retryDelaySeconds?: number;
  /** PostgreSQL only: how old a change must be before it is read (watcher.ts ScanOptions). Default 30 s. */
  settleMs?: number;
}

export interface AlertQueue {
  start(): Promise<void>;
  stop(): Promise<void>;
  /** One round: changes, digests, emails waiting. Returns once they are handed on. */
  tick(): Promise<void>;
}

interface SendJob {
  emailId: string;
}

export function createAlertQueue(database: Database, options: AlertQueueOptions): AlertQueue {
  const { prisma } = database;
  const log = options.log ?? ((message: string) => console.error(message));
  const postgres = database.config.provider === "postgresql";
  const boss = postgres
    ? new PgBoss({ connectionString: database.config.url, application_name: "legible-alerts", max: 2 })
    : null;
  boss?.on("error", (error) => log(`alerts: job queue: ${error.message}`));
  // What this machine handed on lately, so a waiting email is not sent again every tick.
  const handedAt = new Map<string, number>();
  let chain: Promise<unknown> = Promise.resolve();
  let ticker: ReturnType<typeof setInterval> | null = null;
  let ticking: Promise<void> | null = null;
  let started = false;

  const send = async (emailId: string) => {
    const outcome = await sendQueuedEmail(prisma, emailId, options);
    if (outcome === "failed") log(`alerts: email ${emailId} was given up after repeated failures`);
  };

  const hand = async (emailId: string) => {
    handedAt.set(emailId, Date.now());
    if (boss) {
      await boss.send(ALERT_QUEUE, { emailId } satisfies SendJob, {
        singletonKey: emailId,
        retryLimit: MAX_ATTEMPTS - 1,
        retryDelay: options.retryDelaySeconds ?? 30,
        retryBackoff: true,
      });
    } else {
      chain = chain.then(() =>
        send(emailId).catch((error) => {
          // In process a failed email waits for a later tick (its backoff below).
          if (!(error instanceof TransientSendError)) log(`alerts: sending failed: ${String(error)}`);
        }),
      );
    }
  };

  const round = async () => {
    const fresh = [
      ...(await scanChanges(prisma, { settleMs: postgres ? (options.settleMs ?? 30_000) : 0 })),
      ...(await queueDigests(prisma, new Date(), options.digestHourUtc ?? 14)),
    ];
    for (const emailId of fresh) await hand(emailId);
    // Emails waiting that no job of this machine holds: queued elsewhere, or left to retry.
    const waiting = await prisma.alertEmail.findMany({
      where: { status: "pending", attempts: { lt: MAX_ATTEMPTS } },
      select: { id: true, attempts: true },
      orderBy: { createdAt: "asc" },
      take: 200,
    });
    const now = Date.now();
    for (const email of waiting) {
      const last = handedAt.get(email.id);
      const backoff = (options.retryDelaySeconds ?? 30) * 1000 * 2 ** Math.max(0, email.attempts - 1);
      if (last === undefined || now - last > backoff) await hand(email.id);
    }
    for (const [id, at] of handedAt) if (now - at > 24 * 3600_000) handedAt.delete(id);
  };

  const tick = async () => {
    // One round at a time on this machine.
    ticking ??= round()
      .catch((error) => log(`alerts: looking for changes failed: ${String(error)}`))
      .finally(() => {
        ticking = null;
      });
    await ticking;
  };

  return {
    async start() {
      if (started) return;
      started = true;
      if (boss) {
        await boss.start();
        if (!(await boss.getQueue(ALERT_QUEUE))) {
          try {
            await boss.createQueue(ALERT_QUEUE, { name: ALERT_QUEUE, retryLimit: MAX_ATTEMPTS - 1 });
          } catch (error) {
            // Another machine created it at the same moment.
            if (!(await boss.getQueue(ALERT_QUEUE))) throw error;
          }
        }
        await boss.work<SendJob>(
          ALERT_QUEUE,
          { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2, batchSize: 1 },
          async (jobs) => {
            // A TransientSendError thrown here fails the job, and pg-boss retries it.
            for (const job of jobs) await send(job.data.emailId);
          },
        );
      }
      await tick();
      ticker = setInterval(() => void tick(), options.tickMs ?? 5_000);
      ticker.unref?.();
    },
    async stop() {
      if (!started) return;
      started = false;
      if (ticker) clearInterval(ticker);
      await ticking;
      if (boss) await boss.stop({ graceful: true, wait: true, timeout: 30_000 });
      else await chain;
    },
    tick,
  };
}

// The server process's one alert queue, on globalThis since Next may load this module twice.
const slot = globalThis as unknown as { legibleAlertQueue?: AlertQueue | null };

export function setAlertQueue(queue: AlertQueue | null): void {
  slot.legibleAlertQueue = queue;
}

export function currentAlertQueue(): AlertQueue | null {
  return slot.legibleAlertQueue ?? null;
}
