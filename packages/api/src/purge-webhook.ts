import type { Invalidation } from "@legible/core";
import { processLogger } from "@legible/observe";
import { SIGNATURE_HEADER, signBody } from "./http/signed-invalidation";

/** What staff (and monitoring) see of the CDN purges: in the staff app's GET /api/health. */
export interface PurgeReport {
  /** "failing" when the last purge ran out of tries; "ok" once one succeeds again. */
  status: "ok" | "failing";
  /** Purges still being tried. */
  pending: number;
  lastSuccessAt: string | null;
  lastFailure: { at: string; tags: string[] | "all"; attempts: number; error: string } | null;
}

export interface PurgeWebhook {
  /** Starts the purge in the background; it never throws and never holds up the caller. */
  purge(invalidation: Invalidation): void;
  report(): PurgeReport;
  /** Resolves when every purge started so far has succeeded or run out of tries (for tests and shutdown). */
  settled(): Promise<void>;
}

export interface PurgeWebhookOptions {
  url: string;
  secret: string;
  /** Waits before each retry; the purge is tried once more than there are delays. */
  retryDelaysMs?: readonly number[];
  timeoutMs?: number;
  log?: { warn(message: string): void; error(message: string): void };
}

const DEFAULT_RETRY_DELAYS_MS = [1_000, 5_000, 30_000] as const;

/**
 * The optional CDN purge webhook (`LEGIBLE_PURGE_WEBHOOK_URL`): POSTs the changed tags (or
 * `{"all": true}`), signed like the calls to the site (`x-legible-signature`, a fresh timestamp
 * per try), and retries a failure (an error, a timeout, any answer but 2xx) after 1 s, 5 s and
 * 30 s. Every failed try is logged; the last outcome shows in health.
 */
export function createPurgeWebhook(options: PurgeWebhookOptions): PurgeWebhook {
  const delays = options.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const log = options.log ?? processLogger().child({ part: "purge" });
  const running = new Set<Promise<void>>();
  const state: PurgeReport = { status: "ok", pending: 0, lastSuccessAt: null, lastFailure: null };

  async function attempt(body: string): Promise<string | null> {
    try {
      const response = await fetch(options.url, {
        method: "POST",
        headers: { "content-type": "application/json", [SIGNATURE_HEADER]: signBody(options.secret, body) },
        body,
        signal: AbortSignal.timeout(timeoutMs),
      });
      await response.body?.cancel();
      return response.ok ? null : `answered ${response.status}`;
    } catch (error) {
      return error instanceof Error ? error.message : String(error);
    }
  }

  async function run(invalidation: Invalidation): Promise<void> {
    const body = JSON.stringify(invalidation);
    const tags = invalidation.all ? ("all" as const) : invalidation.tags;
    for (let tries = 1; ; tries++) {
      const error = await attempt(body);
      if (error === null) {
        state.status = "ok";
        state.lastSuccessAt = new Date().toISOString();
        return;
      }
      const delay = delays[tries - 1];
      if (delay === undefined) {
        log.error(`[purge] the CDN purge webhook failed ${tries} times, giving up: ${error}`);
        state.status = "failing";
        state.lastFailure = { at: new Date().toISOString(), tags, attempts: tries, error };
        return;
      }
      log.warn(`[purge] the CDN purge webhook failed (try ${tries}): ${error}; trying again in ${delay} ms`);
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }

  return {
    purge(invalidation) {
      state.pending += 1;
      const task = run(invalidation).finally(() => {
        state.pending -= 1;
        running.delete(task);
      });
      running.add(task);
    },
    report: () => ({ ...state }),
    async settled() {
      while (running.size > 0) await Promise.all(running);
    },
  };
}

// One webhook per process, so its report outlives the request that started a purge.
const webhooks = new Map<string, PurgeWebhook>();

/** The process's purge webhook, or null when LEGIBLE_PURGE_WEBHOOK_URL is not set. */
export function purgeWebhookFromEnv(env: NodeJS.ProcessEnv = process.env): PurgeWebhook | null {
  const url = env.LEGIBLE_PURGE_WEBHOOK_URL?.trim();
  const secret = env.LEGIBLE_REVALIDATE_SECRET?.trim();
  if (!url || !secret) return null;
  let webhook = webhooks.get(url);
  if (!webhook) {
    webhook = createPurgeWebhook({ url, secret });
    webhooks.set(url, webhook);
  }
  return webhook;
}

/**
 * For the staff app's health: the purge webhook as a part that can fail without stopping the
 * app ("degraded" while purges fail), or none when no webhook is set.
 */
export function purgeHealthParts(
  env: NodeJS.ProcessEnv = process.env,
): { name: "purge"; state: "ok" | "degraded"; detail: string }[] {
  const report = purgeWebhookFromEnv(env)?.report();
  if (!report) return [];
  if (report.status === "ok") {
    const last = report.lastSuccessAt ? `last purge ${report.lastSuccessAt}` : "no purge sent yet";
    return [{ name: "purge", state: "ok", detail: `CDN purge webhook: ${last}` }];
  }
  const failure = report.lastFailure;
  return [
    {
      name: "purge",
      state: "degraded",
      detail: `CDN purge webhook failing: ${failure?.error ?? "no answer"} after ${failure?.attempts ?? 0} tries at ${failure?.at ?? "?"}; cached copies expire within the hour`,
    },
  ];
}
