import { nginxMissing, type RunningNginx, startNginx as startNginxServing } from "../../deploy/nginx/run";

// The benches' nginx, started the one way tests start it (deploy/nginx/run.ts).

export function nginxAvailable(): boolean {
  return nginxMissing() === null;
}

/** nginx serving one folder on a loopback port (bench:site's baseline for a static page). */
export function startNginx(root: string, port: number, workDir: string): Promise<RunningNginx> {
  const http = `default_type text/html;
server {
  listen 127.0.0.1:${port};
  root ${root};
  location / { try_files $uri $uri.html =404; }
}
`;
  return startNginxServing(http, `http://127.0.0.1:${port}`, { workDir });
}

/** nginx with the given `http { }` body in `workDir`, which the caller keeps and removes (bench:heavy). */
export function startNginxWith(
  workDir: string,
  http: string,
  url: string,
  options: { workers?: number | "auto" } = {},
): Promise<RunningNginx> {
  return startNginxServing(http, url, { ...options, workDir });
}
