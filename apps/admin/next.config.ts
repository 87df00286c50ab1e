import { TRACING_PACKAGES } from "@legible/observe/tracing-packages";
import type { NextConfig } from "next";

const config: NextConfig = {
  // Workspace packages ship TypeScript source; Next compiles them with the app.
  transpilePackages: [
    "@legible/alerts",
    "@legible/api",
    "@legible/connectors",
    "@legible/db",
    "@legible/observe",
    "@legible/ui",
  ],
  // pg-boss (scheduled syncs on PostgreSQL) loads its parts at run time, and the tracing SDK
  // patches Node's modules as they load: Node loads them, unbundled.
  serverExternalPackages: ["nodemailer", "pg-boss", ...TRACING_PACKAGES],
  poweredByHeader: false,
  reactStrictMode: true,
};

export default config;
