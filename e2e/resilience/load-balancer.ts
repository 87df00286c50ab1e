import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const NGINX = "/usr/sbin/nginx";

/** Why nginx cannot run here, or null when Debian's nginx is installed. */
export function nginxMissing(): string | null {
  return existsSync(NGINX) ? null : `no ${NGINX} (install it: apt-get install -y nginx)`;
}

export interface LoadBalancer {
  url: string;
  stop(): Promise<void>;
}

/**
 * nginx in front of several web machines, round-robin, as docs/production.md lays out: it passes
 * the Host and the client's address on, and tries the next machine when one does not answer.
 */
export async function startLoadBalancer(port: number, upstreamPorts: number[]): Promise<LoadBalancer> {
  const workDir = mkdtempSync(path.join(tmpdir(), "legible-nginx-"));
  mkdirSync(path.join(workDir, "logs"));
  const config = path.join(workDir, "nginx.conf");
  writeFileSync(
    config,
    `worker_processes 1;
pid ${workDir}/nginx.pid;
error_log ${workDir}/logs/error.log warn;
daemon off;
events { worker_connections 256; }
http {
  access_log off;
  client_body_temp_path ${workDir}/body;
  proxy_temp_path ${workDir}/proxy;
  fastcgi_temp_path ${workDir}/fastcgi;
  uwsgi_temp_path ${workDir}/uwsgi;
  scgi_temp_path ${workDir}/scgi;
  upstream web { ${upstreamPorts.map((upstream) => `server 127.0.0.1:${upstream};`).join(" ")} }
  server {
    listen 127.0.0.1:${port};
    location / {
      proxy_pass http://web;
      proxy_http_version 1.1;
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_next_upstream error timeout;
    }
  }
}
`,
  );
  const child: ChildProcess = spawn(NGINX, ["-c", config, "-p", workDir], { stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  const url = `http://127.0.0.1:${port}`;
  for (let tries = 0; ; tries++) {
    if (child.exitCode !== null) throw new Error(`nginx exited: ${output}`);
    const answered = await fetch(url, { signal: AbortSignal.timeout(2_000) }).then(
      () => true,
      () => false,
    );
    if (answered) break;
    if (tries > 100) throw new Error(`nginx did not listen on ${port}: ${output}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url,
    async stop() {
      if (child.exitCode === null) {
        child.kill("SIGQUIT");
        await once(child, "exit");
      }
      rmSync(workDir, { recursive: true, force: true });
    },
  };
}
