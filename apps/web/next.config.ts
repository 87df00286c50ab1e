import path from "node:path";
import { baseSecurityHeaders } from "@legible/api/http";
import { TRACING_PACKAGES } from "@legible/observe/tracing-packages";
import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { localeRoutes } from "./i18n/locale-routes";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

const config: NextConfig = {
  // Workspace packages ship TypeScript source; Next compiles them with the app.
  transpilePackages: ["@legible/alerts", "@legible/api", "@legible/db", "@legible/observe", "@legible/ui"],
  // Reads its zone files from its own folder at run time, which a bundle does not carry. The
  // tracing SDK patches Node's modules as they load, so Node loads it, unbundled (TRACING_PACKAGES).
  serverExternalPackages: ["@touch4it/ical-timezones", "nodemailer", "pg-boss", ...TRACING_PACKAGES],
  poweredByHeader: false,
  // With REDIS_URL, every web machine shares one page and data cache and its invalidations
  // (cache-handler.mjs); read when the server starts, so one build serves either way.
  ...(process.env.REDIS_URL
    ? { cacheHandler: path.join(process.cwd(), "cache-handler.mjs"), cacheMaxMemorySize: 0 }
    : {}),
  // Cached pages are sent with `s-maxage=300, stale-while-revalidate=<expireTime - 300>`: a CDN may
  // serve a page at most an hour old while it fetches a new one (Next's default was a year).
  // Exact refreshes come from cache tags and the purge webhook, not from this bound.
  expireTime: 3600,
  reactStrictMode: true,
  // The stylesheet stays a file of its own. Next's experimental.inlineCss put it in each page (and
  // twice more in the RSC payload): a throttled phone painted 0.5 s sooner, but under the mixed
  // load (bench:mixed, SQLite, 10k) the server answered 51-73 pages a second at a median of
  // 239-331 ms, against 87-109 at 33-40 ms without it (README, Benchmarks).
  async headers() {
    const everywhere = Object.entries(
      baseSecurityHeaders({ https: false, referrerPolicy: "strict-origin-when-cross-origin" }),
    ).map(([key, value]) => ({ key, value }));
    return [
      { source: "/:path*", headers: everywhere },
      // Vote cards (/embed/...) are made to be framed by any site; nothing else may be framed.
      { source: "/embed/:path*", headers: [{ key: "Content-Security-Policy", value: "frame-ancestors *" }] },
      {
        source: "/((?!embed/).*)",
        headers: [
          {
            key: "Content-Security-Policy",
            value: "frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'",
          },
          { key: "X-Frame-Options", value: "DENY" },
        ],
      },
    ];
  },
  async redirects() {
    return localeRoutes.redirects;
  },
  // /embed/votes/<id>?lang=es is the Spanish card: one cacheable page per language, with its own <html lang>.
  async rewrites() {
    return {
      beforeFiles: [
        {
          source: "/embed/votes/:id",
          has: [{ type: "query", key: "lang", value: "es" }],
          destination: "/embed/es/votes/:id",
        },
        { source: "/embed/votes/:id", destination: "/embed/en/votes/:id" },
      ],
      afterFiles: localeRoutes.rewrites,
    };
  },
};

export default withNextIntl(config);
