import type { NextConfig } from "next";

const config: NextConfig = {
  // Workspace packages ship TypeScript source; Next compiles them with the app.
  transpilePackages: ["@legible/api", "@legible/db", "@legible/ui"],
  poweredByHeader: false,
  reactStrictMode: true,
};

export default config;
