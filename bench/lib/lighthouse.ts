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

/** Lighthouse's default mobile run (emulated phone, throttled) in Debian's Chromium. */
export async function lighthouseScores(urls: string[], profileDir: string): Promise<Record<string, LighthouseResult>> {
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
    const results: Record<string, LighthouseResult> = {};
    for (const url of urls) {
      const result = await lighthouse(url, {
        port: chrome.port,
        output: "json",
        logLevel: "error",
        onlyCategories: [...CATEGORIES],
      });
      const categories = result?.lhr.categories ?? {};
      const audits = result?.lhr.audits ?? {};
      results[url] = {
        scores: Object.fromEntries(
          CATEGORIES.map((category) => [category, Math.round((categories[category]?.score ?? 0) * 100)]),
        ) as LighthouseScores,
        metrics: Object.fromEntries(
          Object.entries(METRICS).map(([name, audit]) => [name, audits[audit]?.numericValue ?? Number.NaN]),
        ) as LighthouseMetrics,
      };
    }
    return results;
  } finally {
    await chrome.kill();
  }
}
