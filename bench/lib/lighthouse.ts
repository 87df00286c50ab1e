import { mkdirSync } from "node:fs";
import path from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
export type LighthouseScores = Record<(typeof CATEGORIES)[number], number>;

/** The performance score's inputs, so a run shows which of them cost points. */
const METRICS = {
  fcpMs: "first-contentful-paint",
  lcpMs: "largest-contentful-paint",
  tbtMs: "total-blocking-time",
  speedIndexMs: "speed-index",
  cls: "cumulative-layout-shift",
} as const;
export type LighthouseMetrics = Record<keyof typeof METRICS, number>;

export interface LighthouseResult {
  scores: LighthouseScores;
  metrics: LighthouseMetrics;
}

/**
 * Lighthouse's default mobile run (emulated phone, throttled) in Debian's Chromium, one after the
 * other in one browser; the results come in the order of `urls`, which may repeat a page.
 * `throttling`: "simulate" (the default) loads at full speed and works out a phone's timings
 * afterwards; "devtools" slows the load itself down to the same phone and network.
 */
export async function lighthouseRuns(
  urls: string[],
  profileDir: string,
  throttling: "simulate" | "devtools" = "simulate",
): Promise<LighthouseResult[]> {
  mkdirSync(path.join(profileDir, "chrome"), { recursive: true });
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.PLAYWRIGHT_CHROMIUM_PATH || "/usr/bin/chromium",
    userDataDir: path.join(profileDir, "chrome"),
    chromeFlags: [
      "--headless=new",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  try {
    const results: LighthouseResult[] = [];
    for (const url of urls) {
      const result = await lighthouse(url, {
        port: chrome.port,
        output: "json",
        logLevel: "error",
        onlyCategories: [...CATEGORIES],
        throttlingMethod: throttling,
      });
      const categories = result?.lhr.categories ?? {};
      const audits = result?.lhr.audits ?? {};
      results.push({
        scores: Object.fromEntries(
          CATEGORIES.map((category) => [category, Math.round((categories[category]?.score ?? 0) * 100)]),
        ) as LighthouseScores,
        metrics: Object.fromEntries(
          Object.entries(METRICS).map(([name, audit]) => [name, audits[audit]?.numericValue ?? Number.NaN]),
        ) as LighthouseMetrics,
      });
    }
    return results;
  } finally {
    await chrome.kill();
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? Number.NaN) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** Each score's and timing's median over several runs of one page (each taken on its own). */
export function medianResult(runs: LighthouseResult[]): LighthouseResult {
  const pick = <K extends string>(keys: K[], read: (run: LighthouseResult, key: K) => number) =>
    Object.fromEntries(keys.map((key) => [key, median(runs.map((run) => read(run, key)))])) as Record<K, number>;
  return {
    scores: pick([...CATEGORIES], (run, key) => run.scores[key]),
    metrics: pick(Object.keys(METRICS) as (keyof typeof METRICS)[], (run, key) => run.metrics[key]),
  };
}
