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
  writeFileSync(
    config,
    `worker_processes auto;
pid ${workDir}/nginx.pid;
error_log ${workDir}/logs/error.log warn;
daemon off;
events { worker_connections 1024; }
http {
  access_log off;
  default_type text/html;
  client_body_temp_path ${workDir}/body;
  proxy_temp_path ${workDir}/proxy;
  fastcgi_temp_path ${workDir}/fastcgi;
  uwsgi_temp_path ${workDir}/uwsgi;
  scgi_temp_path ${workDir}/scgi;
  server {
    listen 127.0.0.1:${port};
    root ${root};
    location / { try_files $uri $uri.html =404; }
  }
}
`,
  );
  return startProcess(NGINX, ["-c", config, "-p", workDir], { cwd: workDir });
}
