import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { startProcess } from "./processes";

const NGINX = "/usr/sbin/nginx";

export function nginxAvailable(): boolean {
  return existsSync(NGINX);
}

/** nginx from Debian's package, serving one folder on a loopback port, in the foreground. */
export function startNginx(root: string, port: number, workDir: string) {
  mkdirSync(path.join(workDir, "logs"), { recursive: true });
  const config = path.join(workDir, "nginx.conf");
  const http = `default_type text/html;
server {
  listen 127.0.0.1:${port};
  root ${root};
  location / { try_files $uri $uri.html =404; }
}
`;
  writeFileSync(config, nginxMainConfig(workDir, http));
  return startProcess(NGINX, ["-c", config, "-p", workDir], { cwd: workDir });
}

/** A whole nginx.conf around an `http { }` part, for a foreground nginx owning `workDir`. */
export function nginxMainConfig(workDir: string, http: string, options: { workers?: number | "auto" } = {}): string {
  const indented = http
    .split("\n")
    .map((line) => (line ? `  ${line}` : line))
    .join("\n");
  return `worker_processes ${options.workers ?? "auto"};
pid ${workDir}/nginx.pid;
error_log ${workDir}/logs/error.log warn;
daemon off;
events { worker_connections 4096; }
http {
  access_log off;
  client_body_temp_path ${workDir}/body;
  proxy_temp_path ${workDir}/proxy;
  fastcgi_temp_path ${workDir}/fastcgi;
  uwsgi_temp_path ${workDir}/uwsgi;
  scgi_temp_path ${workDir}/scgi;
${indented}}
`;
}

/**
 * nginx with the given configuration's `http { }` part, listening at `url` once this resolves.
 * `command` may put a prefix in front (taskset, to pin it to a core).
 */
export async function startNginxWith(
  workDir: string,
  http: string,
  url: string,
  options: { workers?: number | "auto"; prefix?: string[] } = {},
) {
  mkdirSync(path.join(workDir, "logs"), { recursive: true });
  const config = path.join(workDir, "nginx.conf");
  writeFileSync(config, nginxMainConfig(workDir, http, options));
  const [command, ...args] = [...(options.prefix ?? []), NGINX, "-c", config, "-p", workDir];
  const nginx = startProcess(command ?? NGINX, args, { cwd: workDir });
  for (let tries = 0; ; tries++) {
    if (nginx.child.exitCode !== null) throw new Error(`nginx exited: ${nginx.output()}`);
    const answered = await fetch(url, { method: "HEAD", signal: AbortSignal.timeout(2_000) }).then(
      () => true,
      () => false,
    );
    if (answered) return nginx;
    if (tries > 100) {
      nginx.stop();
      throw new Error(`nginx did not answer at ${url}: ${nginx.output()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
