import { baseSecurityHeaders } from "@legible/api/http";
import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { localeRoutes } from "./i18n/locale-routes";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

const config: NextConfig = {
  // Workspace packages ship TypeScript source; Next compiles them with the app.
  transpilePackages: ["@legible/api", "@legible/db", "@legible/ui"],
  poweredByHeader: false,
  reactStrictMode: true,
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
