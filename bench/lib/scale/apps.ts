import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import path from "node:path";
import type { DatabaseConfig } from "@legible/db";
import { PAGE_CACHE } from "../../../apps/web/server/pages-of-this-build";
import { appServerCommand } from "../../../scripts/lib/app-server";
import { freePort, startProcess, waitForOk } from "../processes";

export interface RunningApps {
  publicUrl: string;
  staffUrl: string;
  /** The public site's server process, for its memory. */
  webPid: number | undefined;
  stop(): void;
}

/** The secret the staff app signs sessions with in this run; the bench's admin account is made with it. */
export const STAFF_AUTH_SECRET = randomBytes(32).toString("base64");

/**
 * Both built apps in production mode, as `npm start` serves them, on loopback ports, over one database, wired
 * to each other as `npm start` wires them, so staff saves refresh the public site as they would.
 */
export async function startApps(
  projectRoot: string,
  database: DatabaseConfig,
  env: NodeJS.ProcessEnv = {},
): Promise<RunningApps> {
  const [webPort, adminPort] = [await freePort(), await freePort()];
  const publicUrl = `http://127.0.0.1:${webPort}`;
  const staffUrl = `http://127.0.0.1:${adminPort}`;
  const shared = {
    DATABASE_URL: database.url,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    LEGIBLE_PUBLIC_URL: publicUrl,
    LEGIBLE_REVALIDATE_SECRET: randomBytes(24).toString("hex"),
    ...env,
  };
  const webServer = appServerCommand(projectRoot, "web", { port: webPort });
  // Each run starts with no cached pages: pages a previous run cached (of another database made
  // from the same seed, at the same addresses) would be served as this run's.
  rmSync(path.join(webServer.cwd, PAGE_CACHE), { recursive: true, force: true });
  const web = startProcess(webServer.command, webServer.args, {
    cwd: webServer.cwd,
    env: { ...shared, PORT: String(webPort) },
  });
  const adminServer = appServerCommand(projectRoot, "admin", { port: adminPort });
  const admin = startProcess(adminServer.command, adminServer.args, {
    cwd: adminServer.cwd,
    env: { ...shared, PORT: String(adminPort), BETTER_AUTH_URL: staffUrl, BETTER_AUTH_SECRET: STAFF_AUTH_SECRET },
  });
  const stop = () => {
    web.stop();
    admin.stop();
  };
  try {
    await waitForOk(`${publicUrl}/api/health`, 60_000, web.output);
    await waitForOk(`${staffUrl}/api/health`, 60_000, admin.output);
  } catch (error) {
    stop();
    throw error;
  }
  return { publicUrl, staffUrl, webPid: web.child.pid, stop };
}
