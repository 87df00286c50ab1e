import { fileURLToPath } from "node:url";
import { defaultServerConditions } from "vite";

/**
 * Workspace packages export their TypeScript source under the "@legible/source" condition, so
 * tests run against the source without a build step. Used by every package's Vitest config.
 */
export const sourceResolve = {
  resolve: { conditions: ["@legible/source", ...defaultServerConditions] },
  ssr: { resolve: { conditions: ["@legible/source", ...defaultServerConditions] } },
};

/** The apps import their own files as `@/…` (their tsconfig's paths); tests resolve it the same way. */
export function appResolve(appDirectory: URL) {
  return {
    resolve: { ...sourceResolve.resolve, alias: { "@/": fileURLToPath(appDirectory) } },
    ssr: sourceResolve.ssr,
  };
}
