// `npm run bench`: the public site's speed and weight, each as a ratio measured in one run on
// this machine. Writes bench/results/site-<time>.{json,md} and prints the table for the README.
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createDatabase, findProjectRoot, resolveDatabaseConfig, seedDatabase } from "@legible/db";
import { applyMigrations } from "@legible/db/migrate";
import { appServerCommand } from "../scripts/lib/app-server";
import { buildApps } from "./lib/build";
import { type LighthouseMetrics, lighthouseScores } from "./lib/lighthouse";
import { measurePair } from "./lib/load";
import { describeMachine } from "./lib/machine";
import { nginxAvailable, startNginx } from "./lib/nginx";
import { freePort, startProcess, waitForOk } from "./lib/processes";
import { saveResults } from "./lib/results";

const root = findProjectRoot();
const web = path.join(root, "apps", "web");
const work = mkdtempSync(path.join(tmpdir(), "legible-bench-"));
const EXPLAINER = "/explainers/measure-sanctuary-ordinance";
const BASELINE = "/status";
const secret = "bench-secret";

const targets = {
  cachedVsNginx: 0.1,
  dynamicVsEmpty: 0.75,
  javascriptVsEmpty: 1.1,
  lighthouse: 100,
};

function say(line: string) {
  console.log(`bench: ${line}`);
}

function routeJavascriptBytes(route: string): number {
  const stats = JSON.parse(
    readFileSync(path.join(web, ".next", "diagnostics", "route-bundle-stats.json"), "utf8"),
  ) as Array<{
    route: string;
    firstLoadUncompressedJsBytes: number;
  }>;
  const entry = stats.find((item) => item.route === route);
  if (!entry) throw new Error(`route-bundle-stats.json has no ${route}`);
  return entry.firstLoadUncompressedJsBytes;
}

async function main() {
  if (!nginxAvailable()) throw new Error("nginx is not installed: apt-get install -y nginx");
  say("building (turbo cache)…");
  buildApps(root);

  const config = resolveDatabaseConfig(`file:${path.join(work, "bench.db")}`);
  await applyMigrations(config, root);
  const database = await createDatabase(config);
  await seedDatabase(database);
  await database.close();

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
    },
  });
  const nginxPort = await freePort();
  let nginx: ReturnType<typeof startNginx> | undefined;
  try {
    await waitForOk(`${base}/api/health`, 60_000, app.output);
    // First visit renders and caches the page; the saved copy is what nginx will serve.
    const html = await (await fetch(`${base}${EXPLAINER}`)).text();
    const staticRoot = path.join(work, "static");
    mkdirSync(staticRoot, { recursive: true });
    // nginx's workers drop root privileges: they must be able to read the saved page.
    chmodSync(work, 0o755);
    writeFileSync(path.join(staticRoot, "explainer.html"), html);
    nginx = startNginx(staticRoot, nginxPort, path.join(work, "nginx"));
    await waitForOk(`http://127.0.0.1:${nginxPort}/explainer.html`, 10_000, () => nginx?.output() ?? "");

    say("load: nginx serving the saved explainer, then the cached explainer page, in alternating rounds…");
    const cachedPair = await measurePair(
      { url: `http://127.0.0.1:${nginxPort}/explainer.html` },
      { url: `${base}${EXPLAINER}` },
    );

    // Draft mode makes every request render afresh, skipping the page cache.
    const preview = await fetch(`${base}/api/preview`, {
      method: "POST",
      headers: { authorization: `Bearer ${secret}` },
    });
    const cookie = (preview.headers.getSetCookie?.() ?? []).map((value) => value.split(";")[0]).join("; ");
    if (!preview.ok || !cookie) throw new Error("could not switch on draft mode for dynamic renders");
    say("load: the empty dynamic page, then dynamic explainer renders, in alternating rounds…");
    const dynamicPair = await measurePair(
      { url: `${base}${BASELINE}` },
      { url: `${base}${EXPLAINER}`, headers: { cookie } },
    );
    const [nginxLoad, cachedLoad, emptyLoad, dynamicLoad] = [cachedPair.a, cachedPair.b, dynamicPair.a, dynamicPair.b];

    // A ratio of error pages measures nothing: every measured response must be a 200.
    for (const [name, load] of Object.entries({ nginxLoad, cachedLoad, dynamicLoad, emptyLoad })) {
      if (load.non2xx > 0 || load.errors > 0) {
        throw new Error(`${name}: ${load.non2xx} non-2xx responses and ${load.errors} errors from ${load.url}`);
      }
    }

    const explainerJs = routeJavascriptBytes("/[locale]/explainers/[measureId]");
    const emptyJs = routeJavascriptBytes("/[locale]/status");

    say("lighthouse (mobile): home, explainer, person…");
    const pages = { home: "/", explainer: EXPLAINER, person: "/people/person-karen-bass" };
    const scores = await lighthouseScores(
      Object.values(pages).map((page) => `${base}${page}`),
      path.join(work, "lighthouse"),
    );

    const results = {
      measuredAt: new Date().toISOString(),
      machine: describeMachine(),
      load: { nginx: nginxLoad, cached: cachedLoad, dynamic: dynamicLoad, empty: emptyLoad },
      // The median of the rounds' ratios; each round is one side right after the other.
      ratios: {
        cachedVsNginx: cachedPair.medianRatio,
        dynamicVsEmpty: dynamicPair.medianRatio,
        javascriptVsEmpty: explainerJs / emptyJs,
      },
      roundRatios: { cachedVsNginx: cachedPair.roundRatios, dynamicVsEmpty: dynamicPair.roundRatios },
      javascriptBytes: { explainer: explainerJs, empty: emptyJs },
      lighthouse: Object.fromEntries(
        Object.entries(pages).map(([name, page]) => [name, scores[`${base}${page}`]?.scores]),
      ),
      lighthouseMetrics: Object.fromEntries(
        Object.entries(pages).map(([name, page]) => [name, scores[`${base}${page}`]?.metrics]),
      ),
      targets,
    };
    saveResults("site", results, renderTable(results));
  } finally {
    nginx?.stop();
    app.stop();
    rmSync(work, { recursive: true, force: true });
  }
}

function renderTable(results: {
  measuredAt: string;
  machine: { cpus: number; cpuModel: string; memoryGiB: number; node: string };
  load: Record<string, { requestsPerSecond: number; latencyP99Ms: number }>;
  ratios: { cachedVsNginx: number; dynamicVsEmpty: number; javascriptVsEmpty: number };
  roundRatios: { cachedVsNginx: number[]; dynamicVsEmpty: number[] };
  javascriptBytes: { explainer: number; empty: number };
  lighthouse: Record<string, Record<string, number> | undefined>;
  lighthouseMetrics: Record<string, LighthouseMetrics | undefined>;
}): string {
  const r = (n: number) => n.toFixed(2);
  const rps = (name: string) => Math.round(results.load[name]?.requestsPerSecond ?? 0).toLocaleString("en");
  const verdict = (ok: boolean) => (ok ? "met" : "missed");
  const rounds = (ratios: number[]) => `rounds ${ratios.map(r).join(", ")}`;
  const lines = [
    `Measured ${results.measuredAt} on ${results.machine.cpus} × ${results.machine.cpuModel}, ${results.machine.memoryGiB} GiB, Node ${results.machine.node}.`,
    "",
    "| measure | this run | target | |",
    "| --- | --- | --- | --- |",
    `| cached explainer ÷ nginx, same HTML (req/s: ${rps("cached")} ÷ ${rps("nginx")}; ${rounds(results.roundRatios.cachedVsNginx)}) | ${r(results.ratios.cachedVsNginx)} | ≥ ${targets.cachedVsNginx} | ${verdict(results.ratios.cachedVsNginx >= targets.cachedVsNginx)} |`,
    `| dynamic explainer render ÷ empty dynamic page (req/s: ${rps("dynamic")} ÷ ${rps("empty")}; ${rounds(results.roundRatios.dynamicVsEmpty)}) | ${r(results.ratios.dynamicVsEmpty)} | ≥ ${targets.dynamicVsEmpty} | ${verdict(results.ratios.dynamicVsEmpty >= targets.dynamicVsEmpty)} |`,
    `| explainer JavaScript ÷ empty page's (${results.javascriptBytes.explainer.toLocaleString("en")} ÷ ${results.javascriptBytes.empty.toLocaleString("en")} bytes) | ${r(results.ratios.javascriptVsEmpty)} | ≤ ${targets.javascriptVsEmpty} | ${verdict(results.ratios.javascriptVsEmpty <= targets.javascriptVsEmpty)} |`,
    ...Object.entries(results.lighthouse).map(([page, scores]) => {
      const values = scores ? Object.values(scores) : [];
      const shown = scores
        ? Object.entries(scores)
            .map(([k, v]) => `${k} ${v}`)
            .join(", ")
        : "not measured";
      const metrics = results.lighthouseMetrics[page];
      const timings = metrics
        ? ` (FCP ${Math.round(metrics.fcpMs)} ms, LCP ${Math.round(metrics.lcpMs)} ms, TBT ${Math.round(metrics.tbtMs)} ms, CLS ${metrics.cls.toFixed(3)})`
        : "";
      return `| Lighthouse mobile, ${page}: ${shown}${timings} | ${values.length ? Math.min(...values) : "–"} (lowest) | ${targets.lighthouse} in all four | ${verdict(values.length > 0 && values.every((v) => v >= targets.lighthouse))} |`;
    }),
    "",
  ];
  return lines.join("\n");
}

await main();
