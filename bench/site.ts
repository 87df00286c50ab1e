// `npm run bench`: the public site's speed and weight, each as a ratio measured in one run on
// this machine. Writes bench/results/site-<time>.{json,md} and prints the table for the README.
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createDatabase, findProjectRoot, resolveDatabaseConfig, seedDatabase } from "@legible/db";
import { applyMigrations } from "@legible/db/migrate";
import { appServerCommand } from "../scripts/lib/app-server";
import { redisServerMissing, testRedis } from "../scripts/lib/redis-server";
import { bareJavascript, barePageCommand, buildBarePage, routeJavascript } from "./lib/bare-page";
import { buildApps } from "./lib/build";
import { type LighthouseResult, lighthouseRuns, medianResult } from "./lib/lighthouse";
import { measurePair } from "./lib/load";
import { describeMachine } from "./lib/machine";
import { nginxAvailable, startNginx } from "./lib/nginx";
import { freePort, startProcess, waitForOk } from "./lib/processes";
import { saveResults } from "./lib/results";

const root = findProjectRoot();
const web = path.join(root, "apps", "web");
const work = mkdtempSync(path.join(tmpdir(), "legible-bench-"));
const EXPLAINER = "/explainers/measure-sanctuary-ordinance";
const secret = "bench-secret";
/** Lighthouse runs of each page; the median is what counts. */
const LIGHTHOUSE_ROUNDS = 5;
/** Lighthouse runs of each page with the phone's throttling applied to the load itself. */
const APPLIED_THROTTLING_ROUNDS = 3;

/** The reading pages weighed against the bare page: their address and their route in the build. */
const READING_PAGES = {
  home: { path: "/", route: "/[locale]" },
  explainer: { path: EXPLAINER, route: "/[locale]/explainers/[measureId]" },
  person: { path: "/people/person-karen-bass", route: "/[locale]/people/[id]" },
} as const;
type ReadingPage = keyof typeof READING_PAGES;

const targets = {
  /** The cached explainer's requests per second ÷ nginx's on the same HTML, shared cache on. */
  cachedVsNginx: 0.1,
  /** A reading page's first-load script ÷ the bare page's. */
  javascriptVsBare: 1.02,
  /** Lighthouse's accessibility, best practices and SEO scores. */
  lighthouseCategories: 100,
  /** Performance score, TBT and LCP may each be this much worse than the bare page's. */
  lighthouseVsBare: 0.05,
};

function say(line: string) {
  console.log(`bench: ${line}`);
}

async function main() {
  if (!nginxAvailable()) throw new Error("nginx is not installed: apt-get install -y nginx");
  const noRedis = redisServerMissing();
  if (noRedis) throw new Error(noRedis);
  say("building (turbo cache) and the bare page…");
  buildApps(root);
  buildBarePage(root);

  const config = resolveDatabaseConfig(`file:${path.join(work, "bench.db")}`);
  await applyMigrations(config, root);
  const database = await createDatabase(config);
  await seedDatabase(database);
  await database.close();

  const redis = await testRedis();
  await redis.start();
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const server = appServerCommand(root, "web", { port });
  const app = startProcess(server.command, server.args, {
    cwd: server.cwd,
    env: {
      DATABASE_URL: config.url,
      PORT: String(port),
      NODE_ENV: "production",
      LEGIBLE_REVALIDATE_SECRET: secret,
      NEXT_TELEMETRY_DISABLED: "1",
      REDIS_URL: redis.url,
    },
  });
  const barePort = await freePort();
  const bareContentDir = path.join(work, "bare-content");
  const bareServer = barePageCommand(root, barePort);
  const bare = startProcess(bareServer.command, bareServer.args, {
    cwd: bareServer.cwd,
    env: { NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", BARE_CONTENT_DIR: bareContentDir },
  });
  const nginxPort = await freePort();
  let nginx: Awaited<ReturnType<typeof startNginx>> | undefined;
  try {
    await waitForOk(`${base}/api/health`, 60_000, app.output);
    await waitForOk(`http://127.0.0.1:${barePort}/`, 60_000, bare.output);
    const health = (await (await fetch(`${base}/api/health`)).json()) as { status: string };
    if (health.status !== "ok") throw new Error(`the site's health is "${health.status}" with Redis on`);
    // First visit renders and caches the page; the saved copy is what nginx will serve.
    const html = await (await fetch(`${base}${EXPLAINER}`)).text();
    const staticRoot = path.join(work, "static");
    mkdirSync(staticRoot, { recursive: true });
    // nginx's workers drop root privileges: they must be able to read the saved page.
    chmodSync(work, 0o755);
    writeFileSync(path.join(staticRoot, "explainer.html"), html);
    await saveBareContent(html, base, bareContentDir);
    nginx = await startNginx(staticRoot, nginxPort, path.join(work, "nginx"));
    await waitForOk(`http://127.0.0.1:${nginxPort}/explainer.html`, 10_000, () => nginx?.output() ?? "");

    say(
      "load: nginx serving the saved explainer, then the cached explainer page (shared cache on Redis), in alternating rounds…",
    );
    const cachedPair = await measurePair(
      { url: `http://127.0.0.1:${nginxPort}/explainer.html` },
      { url: `${base}${EXPLAINER}` },
    );
    for (const load of [cachedPair.a, cachedPair.b]) {
      if (load.non2xx > 0 || load.errors > 0) {
        throw new Error(`${load.non2xx} non-2xx responses and ${load.errors} errors from ${load.url}`);
      }
    }

    const bareScript = bareJavascript(root);
    const pageNames = Object.keys(READING_PAGES) as ReadingPage[];
    const script = Object.fromEntries(
      pageNames.map((name) => [name, routeJavascript(web, READING_PAGES[name].route)]),
    ) as Record<ReadingPage, { bytes: number; files: number }>;

    say(`lighthouse (mobile), ${LIGHTHOUSE_ROUNDS} rounds of: the bare page, home, explainer, person…`);
    const roundUrls = [
      `http://127.0.0.1:${barePort}/`,
      ...pageNames.map((name) => `${base}${READING_PAGES[name].path}`),
      `http://127.0.0.1:${barePort}/content`,
    ];
    const runs = await lighthouseRuns(
      Array.from({ length: LIGHTHOUSE_ROUNDS }, () => roundUrls).flat(),
      path.join(work, "lighthouse"),
    );
    const medians = mediansOfEach(runs, roundUrls.length);
    const lighthouse = {
      ...byPage(medians, pageNames),
      bareWithExplainer: medians[pageNames.length + 1] as LighthouseResult,
    };

    // Simulated timings replay a full-speed load (see docs/working-here.md); these show the same
    // pages loaded at a phone's speed.
    const appliedUrls = roundUrls.slice(0, pageNames.length + 1);
    say(`lighthouse (mobile, throttling applied), ${APPLIED_THROTTLING_ROUNDS} rounds of the same pages…`);
    const appliedRuns = await lighthouseRuns(
      Array.from({ length: APPLIED_THROTTLING_ROUNDS }, () => appliedUrls).flat(),
      path.join(work, "lighthouse"),
      "devtools",
    );
    const lighthouseApplied = byPage(mediansOfEach(appliedRuns, appliedUrls.length), pageNames);

    const results = {
      measuredAt: new Date().toISOString(),
      machine: describeMachine(),
      load: { nginx: cachedPair.a, cached: cachedPair.b },
      cachedVsNginx: { median: cachedPair.medianRatio, rounds: cachedPair.roundRatios },
      javascript: { bare: bareScript, ...script },
      lighthouse,
      lighthouseRounds: LIGHTHOUSE_ROUNDS,
      lighthouseApplied,
      lighthouseAppliedRounds: APPLIED_THROTTLING_ROUNDS,
      targets,
    };
    saveResults("site", results, renderTable(results));
  } finally {
    await nginx?.stop();
    app.stop();
    bare.stop();
    await redis.stop();
    rmSync(work, { recursive: true, force: true });
  }
}

interface SiteResults {
  measuredAt: string;
  machine: { cpus: number; cpuModel: string; memoryGiB: number; node: string };
  load: Record<"nginx" | "cached", { requestsPerSecond: number }>;
  cachedVsNginx: { median: number; rounds: number[] };
  javascript: Record<ReadingPage | "bare", { bytes: number; files: number }>;
  lighthouse: Record<ReadingPage | "bare" | "bareWithExplainer", LighthouseResult>;
  lighthouseRounds: number;
  lighthouseApplied: Record<ReadingPage | "bare", LighthouseResult>;
  lighthouseAppliedRounds: number;
}

/** Results in a round's order (the bare page, then the reading pages), by page. */
function byPage(results: LighthouseResult[], pageNames: ReadingPage[]): Record<ReadingPage | "bare", LighthouseResult> {
  return {
    bare: results[0],
    ...Object.fromEntries(pageNames.map((name, index) => [name, results[index + 1]])),
  } as Record<ReadingPage | "bare", LighthouseResult>;
}

/** The median result of each page, for runs made in rounds of `pages` pages. */
function mediansOfEach(runs: LighthouseResult[], pages: number): LighthouseResult[] {
  return Array.from({ length: pages }, (_, index) => medianResult(runs.filter((_, run) => run % pages === index)));
}

function renderTable(results: SiteResults): string {
  const r = (n: number) => n.toFixed(2);
  const n = (value: number) => Math.round(value).toLocaleString("en");
  const verdict = (ok: boolean) => (ok ? "met" : "missed");
  const pages = Object.keys(READING_PAGES) as ReadingPage[];
  const bare = results.lighthouse.bare;
  const bareScript = results.javascript.bare;
  const within = (page: number, base: number, higherIsBetter: boolean) =>
    higherIsBetter ? page >= base * (1 - targets.lighthouseVsBare) : page <= base * (1 + targets.lighthouseVsBare);
  const lines = [
    `Measured ${results.measuredAt} on ${results.machine.cpus} × ${results.machine.cpuModel}, ${results.machine.memoryGiB} GiB, Node ${results.machine.node}. Lighthouse: median of ${results.lighthouseRounds} rounds.`,
    "",
    "| measure | this run | target | |",
    "| --- | --- | --- | --- |",
    `| cached explainer ÷ nginx, same HTML, shared cache on Redis (req/s: ${n(results.load.cached.requestsPerSecond)} ÷ ${n(results.load.nginx.requestsPerSecond)}; rounds ${results.cachedVsNginx.rounds.map(r).join(", ")}) | ${r(results.cachedVsNginx.median)} | ≥ ${targets.cachedVsNginx} | ${verdict(results.cachedVsNginx.median >= targets.cachedVsNginx)} |`,
    ...pages.map((page) => {
      const ratio = results.javascript[page].bytes / bareScript.bytes;
      return `| ${page}: JavaScript ÷ bare page's (${n(results.javascript[page].bytes)} bytes in ${results.javascript[page].files} files ÷ ${n(bareScript.bytes)} in ${bareScript.files}) | ${r(ratio)} | ≤ ${targets.javascriptVsBare} | ${verdict(ratio <= targets.javascriptVsBare)} |`;
    }),
    ...pages.flatMap((page) => {
      const { scores, metrics } = results.lighthouse[page];
      const categories = [scores.accessibility, scores["best-practices"], scores.seo];
      return [
        `| ${page}: Lighthouse accessibility ${scores.accessibility}, best practices ${scores["best-practices"]}, SEO ${scores.seo} | ${Math.min(...categories)} (lowest) | ${targets.lighthouseCategories} in all three | ${verdict(categories.every((score) => score >= targets.lighthouseCategories))} |`,
        `| ${page}: performance ${scores.performance} ÷ bare page's ${bare.scores.performance} | ${r(scores.performance / bare.scores.performance)} | ≥ ${r(1 - targets.lighthouseVsBare)} | ${verdict(within(scores.performance, bare.scores.performance, true))} |`,
        `| ${page}: TBT ${n(metrics.tbtMs)} ms ÷ bare page's ${n(bare.metrics.tbtMs)} ms | ${r(metrics.tbtMs / bare.metrics.tbtMs)} | ≤ ${r(1 + targets.lighthouseVsBare)} | ${verdict(within(metrics.tbtMs, bare.metrics.tbtMs, false))} |`,
        `| ${page}: LCP ${n(metrics.lcpMs)} ms ÷ bare page's ${n(bare.metrics.lcpMs)} ms (FCP ${n(metrics.fcpMs)} ÷ ${n(bare.metrics.fcpMs)} ms) | ${r(metrics.lcpMs / bare.metrics.lcpMs)} | ≤ ${r(1 + targets.lighthouseVsBare)} | ${verdict(within(metrics.lcpMs, bare.metrics.lcpMs, false))} |`,
      ];
    }),
    "",
    ...sameContentTable(results.lighthouse.explainer, results.lighthouse.bareWithExplainer),
    ...appliedThrottlingTable(results),
  ];
  return lines.join("\n");
}

/**
 * Not a target: the explainer against the bare app serving the explainer's own HTML and
 * stylesheet, which tells what of the gap to the bare page is the page's content.
 */
function sameContentTable(explainer: LighthouseResult, bareWithExplainer: LighthouseResult): string[] {
  const n = (value: number) => Math.round(value).toLocaleString("en");
  const row = (label: string, ours: number, theirs: number, unit: string) =>
    `| ${label} | ${n(ours)}${unit} | ${n(theirs)}${unit} | ${(ours / theirs).toFixed(2)} |`;
  return [
    "The same content without the site: the bare app serving the explainer's saved HTML and stylesheet (bench/bare-next/app/content), median of the same rounds.",
    "",
    "| measure | explainer | bare app, explainer's content | ratio |",
    "| --- | --- | --- | --- |",
    row("performance score", explainer.scores.performance, bareWithExplainer.scores.performance, ""),
    row("TBT", explainer.metrics.tbtMs, bareWithExplainer.metrics.tbtMs, " ms"),
    row("LCP", explainer.metrics.lcpMs, bareWithExplainer.metrics.lcpMs, " ms"),
    row("FCP", explainer.metrics.fcpMs, bareWithExplainer.metrics.fcpMs, " ms"),
    "",
  ];
}

/** Not a target: the same pages loaded at the phone's speed (Lighthouse's devtools throttling). */
function appliedThrottlingTable(results: SiteResults): string[] {
  const n = (value: number) => Math.round(value).toLocaleString("en");
  const bare = results.lighthouseApplied.bare;
  const pages = Object.keys(READING_PAGES) as ReadingPage[];
  return [
    `Throttling applied to the load (Lighthouse's devtools mode: the same phone, network and CPU slowed while it loads), median of ${results.lighthouseAppliedRounds} rounds.`,
    "",
    "| page | performance | FCP | LCP | LCP ÷ bare page's | TBT |",
    "| --- | --- | --- | --- | --- | --- |",
    ...(["bare", ...pages] as const).map((page) => {
      const { scores, metrics } = results.lighthouseApplied[page];
      return `| ${page === "bare" ? "bare page" : page} | ${scores.performance} | ${n(metrics.fcpMs)} ms | ${n(metrics.lcpMs)} ms | ${(metrics.lcpMs / bare.metrics.lcpMs).toFixed(2)} | ${n(metrics.tbtMs)} ms |`;
    }),
    "",
  ];
}

/**
 * Saves what the bare app's content page serves: the explainer's body without its scripts (so
 * the bare app's own runtime is the only script) and its stylesheet.
 */
async function saveBareContent(html: string, base: string, dir: string): Promise<void> {
  const body = /<body([^>]*)>([\s\S]*)<\/body>/.exec(html);
  const stylesheet = /<link rel="stylesheet" href="([^"]+\.css)"/.exec(html);
  if (!body || !stylesheet?.[1]) throw new Error("the explainer's HTML has no body or no stylesheet");
  mkdirSync(dir, { recursive: true });
  const className = /class="([^"]*)"/.exec(body[1] ?? "")?.[1] ?? "";
  const inner = (body[2] ?? "").replace(/<script[\s\S]*?<\/script>/g, "");
  writeFileSync(path.join(dir, "body.json"), JSON.stringify({ className, html: inner }));
  writeFileSync(path.join(dir, "styles.css"), await (await fetch(`${base}${stylesheet[1]}`)).text());
}

await main();
