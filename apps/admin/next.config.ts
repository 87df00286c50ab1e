import type { NextConfig } from "next";

const config: NextConfig = {
  // Workspace packages ship TypeScript source; Next compiles them with the app.
  transpilePackages: ["@legible/api", "@legible/connectors", "@legible/db", "@legible/ui"],
  // pg-boss (scheduled syncs on PostgreSQL) loads its parts at run time: Node loads it, unbundled.
  serverExternalPackages: ["pg-boss"],
  poweredByHeader: false,
  reactStrictMode: true,
};

export default config;
