import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

const config: NextConfig = {
  // Workspace packages ship TypeScript source; Next compiles them with the app.
  transpilePackages: ["@legible/api", "@legible/db", "@legible/ui"],
  poweredByHeader: false,
  reactStrictMode: true,
};

export default withNextIntl(config);
