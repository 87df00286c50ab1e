import { mkdirSync } from "node:fs";
import path from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
export type LighthouseScores = Record<(typeof CATEGORIES)[number], number>;

/** Lighthouse's default mobile run (emulated phone, throttled) in Debian's Chromium. */
export async function lighthouseScores(urls: string[], profileDir: string): Promise<Record<string, LighthouseScores>> {
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
    const scores: Record<string, LighthouseScores> = {};
    for (const url of urls) {
      const result = await lighthouse(url, {
        port: chrome.port,
        output: "json",
        logLevel: "error",
        onlyCategories: [...CATEGORIES],
      });
      const categories = result?.lhr.categories ?? {};
      scores[url] = Object.fromEntries(
        CATEGORIES.map((category) => [category, Math.round((categories[category]?.score ?? 0) * 100)]),
      ) as LighthouseScores;
    }
    return scores;
  } finally {
    await chrome.kill();
  }
}
