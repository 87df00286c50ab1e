import { defineProject } from "vitest/config";
import { appResolve } from "../../vitest.shared";

// Unit tests of the web app's pure helpers (addresses, JSON-LD, feeds, vote words). Run with
// `npm test -w @legible/web`; pages and routes are covered by the browser specs in e2e/.
export default defineProject({
  ...appResolve(new URL(".", import.meta.url)),
  test: {
    name: "web",
    environment: "node",
    // next-intl imports "next/navigation" without a file extension, which only a bundler resolves.
    server: { deps: { inline: ["next-intl"] } },
    include: [
      "server/**/*.test.ts",
      "cache/**/*.test.ts",
      "i18n/**/*.test.ts",
      "lib/**/*.test.ts",
      "components/**/*.test.ts",
      "components/**/*.test.tsx",
    ],
  },
});
