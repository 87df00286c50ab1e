import { type RunningNginx, startNginx } from "../../deploy/nginx/run";
import { siteNginxConfig } from "../../deploy/nginx/site";

/**
 * The production nginx in front of the spec's web machines: deploy/nginx/site.ts's configuration,
 * as docs/production.md shows it (round-robin, a failed machine skipped, the open-data files
 * from `dataDir`, the public API and search paced), listening on loopback at `port`. The spec's
 * clients reach nginx directly, so nginx is the edge and trusts no X-Forwarded-For.
 */
export function startLoadBalancer(port: number, webPorts: readonly number[], dataDir: string): Promise<RunningNginx> {
  const http = siteNginxConfig({
    listen: `127.0.0.1:${port}`,
    serverName: "localhost",
    webMachines: webPorts.map((webPort) => `127.0.0.1:${webPort}`),
    dataDir,
  });
  return startNginx(http, `http://127.0.0.1:${port}`, { workers: 1 });
}
