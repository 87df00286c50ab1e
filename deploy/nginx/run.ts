import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

// Debian's nginx as the tests and benches start it (deploy/nginx/site.test.ts, bench, the
// cluster spec): an `http { }` body in a whole nginx.conf of its own, every path nginx writes
// (pid, logs, temp files) in one folder of its own, in the foreground so the caller owns it.

export const NGINX = "/usr/sbin/nginx";

/** Why nginx cannot run here, or null when Debian's nginx is installed. */
export function nginxMissing(): string | null {
  return existsSync(NGINX) ? null : `nginx missing: no ${NGINX} (apt-get install -y nginx)`;
}

export interface NginxOptions {
  /** 1 where a test counts what one worker saw; "auto" (one per core, Debian's default) otherwise. */
  workers?: number | "auto";
  /** A folder the caller keeps and removes; by default a temporary one, which `stop` removes. */
  workDir?: string;
}

export interface RunningNginx {
  url: string;
  child: ChildProcess;
  /** What nginx printed and its error log, for a failure's message. */
  output(): string;
  /** nginx's graceful stop (SIGQUIT: requests under way finish), then its folder goes. */
  stop(): Promise<void>;
}

/** nginx serving `http`, answering at `url` once this resolves. */
export async function startNginx(http: string, url: string, options: NginxOptions = {}): Promise<RunningNginx> {
  const missing = nginxMissing();
  if (missing) throw new Error(missing);
  const ownDir = options.workDir === undefined;
  const workDir = options.workDir ?? mkdtempSync(path.join(tmpdir(), "legible-nginx-"));
  const errorLog = path.join(workDir, "logs", "error.log");
  mkdirSync(path.dirname(errorLog), { recursive: true });
  const config = path.join(workDir, "nginx.conf");
  writeFileSync(config, mainConfig(workDir, errorLog, http, options.workers ?? "auto"));
  // -e: the error log before the configuration is read, which would otherwise be Debian's /var/log/nginx.
  const child = spawn(NGINX, ["-c", config, "-p", workDir, "-e", errorLog], {
    cwd: workDir,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const printed: string[] = [];
  child.stdout?.on("data", (chunk: Buffer) => printed.push(chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => printed.push(chunk.toString()));
  const exited = once(child, "exit").then(() => {});
  const running: RunningNginx = {
    url,
    child,
    output: () => `${printed.join("")}${existsSync(errorLog) ? readFileSync(errorLog, "utf8") : ""}`,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill("SIGQUIT");
        await exited;
      }
      if (ownDir) rmSync(workDir, { recursive: true, force: true });
    },
  };
  for (let tries = 0; ; tries++) {
    if (child.exitCode !== null || child.signalCode !== null) {
      const output = running.output();
      await running.stop();
      throw new Error(`nginx exited: ${output}`);
    }
    // Any answer means it listens (a page's upstream may not be up yet).
    const answered = await fetch(url, { method: "HEAD", signal: AbortSignal.timeout(2_000) }).then(
      () => true,
      () => false,
    );
    if (answered) return running;
    if (tries > 100) {
      const output = running.output();
      await running.stop();
      throw new Error(`nginx did not answer at ${url}: ${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function mainConfig(workDir: string, errorLog: string, http: string, workers: number | "auto"): string {
  const indented = http
    .split("\n")
    .map((line) => (line ? `  ${line}` : line))
    .join("\n");
  // Debian's own level. The refusals are logged at warn (deploy/nginx/site.ts), so a flood is not
  // written out line by line: at warn, 200 clients on the search page wrote 270 MB a minute here.
  return `worker_processes ${workers};
pid ${workDir}/nginx.pid;
error_log ${errorLog} error;
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
