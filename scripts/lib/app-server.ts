import path from "node:path";

/**
 * How to run one app's server on a port. The public site runs its own server.ts (Next's handler
 * behind the site's request policy); the staff app runs `next start`, or `next dev`.
 */
export function appServerCommand(
  root: string,
  app: "web" | "admin",
  options: { port: number; dev?: boolean },
): { command: string; args: string[]; cwd: string } {
  const bin = (name: string) => path.join(root, "node_modules", ".bin", name);
  const cwd = path.join(root, "apps", app);
  return app === "web"
    ? { command: bin("tsx"), args: ["server.ts", ...(options.dev ? ["--dev"] : [])], cwd }
    : { command: bin("next"), args: [options.dev ? "dev" : "start", "--port", String(options.port)], cwd };
}
