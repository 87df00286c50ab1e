import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";

/** A PostgreSQL server started for one run, on a loopback port, in a folder removed afterwards. */
export interface PostgresCluster {
  url: string;
  port: number;
  /** Stops the server but keeps its data: the database becomes unreachable until resume(). */
  halt(): void;
  /** Starts a halted server again on the same port, with the same data. */
  resume(): void;
  /** The server's processes (the postmaster and its children), for a bench to place on cores. */
  processIds(): number[];
  stop(): void;
}

export type PostgresBinaries = { binDir: string } | { missing: string };

/** initdb and pg_ctl from PATH, else from Debian's versioned folder (the package does not link them). */
export function findPostgresBinaries(): PostgresBinaries {
  const fromPath = (process.env.PATH ?? "")
    .split(path.delimiter)
    .find((dir) => existsSync(path.join(dir, "initdb")) && existsSync(path.join(dir, "pg_ctl")));
  if (fromPath) return { binDir: fromPath };
  const debianRoot = "/usr/lib/postgresql";
  if (existsSync(debianRoot)) {
    const versions = readdirSync(debianRoot)
      .filter((v) => /^\d+$/.test(v))
      .sort((a, b) => Number(b) - Number(a));
    for (const version of versions) {
      const binDir = path.join(debianRoot, version, "bin");
      if (existsSync(path.join(binDir, "initdb"))) return { binDir };
    }
  }
  return {
    missing: "no initdb or pg_ctl on PATH or in /usr/lib/postgresql/*/bin (install it: apt-get install -y postgresql)",
  };
}

export async function freeLoopbackPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

const isRoot = typeof process.getuid === "function" && process.getuid() === 0;

/** initdb refuses to run as root, so as root the cluster runs as the `postgres` system user. */
function runAsClusterOwner(binary: string, args: string[]): void {
  const [command, fullArgs] = isRoot ? ["runuser", ["-u", "postgres", "--", binary, ...args]] : [binary, args];
  const result = spawnSync(command, fullArgs, { encoding: "utf8" });
  if (result.status !== 0) {
    throw new Error(
      `${path.basename(binary)} failed: ${(result.stderr || result.stdout || String(result.error)).trim()}`,
    );
  }
}

export async function startPostgresCluster(binDir: string): Promise<PostgresCluster> {
  const dataRoot = mkdtempSync(path.join(tmpdir(), "legible-pg-"));
  const dataDir = path.join(dataRoot, "data");
  if (isRoot) {
    const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim());
    const gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }).trim());
    chownSync(dataRoot, uid, gid);
    chmodSync(dataRoot, 0o700);
  }
  const port = await freeLoopbackPort();
  const user = "legible";
  runAsClusterOwner(path.join(binDir, "initdb"), [
    "-D",
    dataDir,
    "-U",
    user,
    "--auth=trust",
    "-E",
    "UTF8",
    "--locale=C.UTF-8",
    "--no-sync",
  ]);
  // Durability settings are off: the cluster lives for one test run and is deleted after it.
  // Autovacuum is off too: the query-plan check judges plans made without statistics (as for
  // tables of unknown size), and autovacuum counting a freshly loaded table partway through a
  // run turned one run's index lookups into the next run's whole-index scans.
  const serverOptions = `-p ${port} -k ${dataRoot} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c autovacuum=off -c max_connections=200`;
  const start = () =>
    runAsClusterOwner(path.join(binDir, "pg_ctl"), [
      "-D",
      dataDir,
      "-o",
      serverOptions,
      "-l",
      path.join(dataRoot, "server.log"),
      "-w",
      "-t",
      "60",
      "start",
    ]);
  start();
  let running = true;
  let stopped = false;
  return {
    port,
    url: `postgresql://${user}@127.0.0.1:${port}/postgres`,
    halt() {
      runAsClusterOwner(path.join(binDir, "pg_ctl"), ["-D", dataDir, "-m", "fast", "-w", "stop"]);
      running = false;
    },
    resume() {
      start();
      running = true;
    },
    processIds() {
      if (!running) return [];
      const postmaster = Number(readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n")[0]);
      const children = spawnSync("pgrep", ["-P", String(postmaster)], { encoding: "utf8" }).stdout;
      return [postmaster, ...children.split("\n").filter(Boolean).map(Number)];
    },
    stop() {
      if (stopped) return;
      stopped = true;
      try {
        if (running) runAsClusterOwner(path.join(binDir, "pg_ctl"), ["-D", dataDir, "-m", "immediate", "-w", "stop"]);
      } finally {
        rmSync(dataRoot, { recursive: true, force: true });
      }
    },
  };
}
