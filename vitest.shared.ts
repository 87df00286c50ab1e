import { defaultServerConditions } from "vite";

/**
 * Workspace packages export their TypeScript source under the "@legible/source" condition, so
 * tests run against the source without a build step. Used by every package's Vitest config.
 */
export const sourceResolve = {
  resolve: { conditions: ["@legible/source", ...defaultServerConditions] },
  ssr: { resolve: { conditions: ["@legible/source", ...defaultServerConditions] } },
};
