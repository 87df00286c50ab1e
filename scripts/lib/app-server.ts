import path from "node:path";

/**
 * How to run one app's server on a port; `npm start`, the browser specs' servers and the benches
 * all start the apps through this. The public site runs its own server (Next's handler behind the
 * site's request policy): in production the build's dist/server.js under plain node, in
 * development server.ts under tsx. The staff app runs `next start`, or `next dev`.
 */
export function appServerCommand(
  root: string,
  app: "web" | "admin",
  options: { port: number; dev?: boolean },
): { command: string; args: string[]; cwd: string } {
  const bin = (name: string) => path.join(root, "node_modules", ".bin", name);
  const cwd = path.join(root, "apps", app);
  if (app === "admin") {
    return { command: bin("next"), args: [options.dev ? "dev" : "start", "--port", String(options.port)], cwd };
  }
  return options.dev
    ? { command: bin("tsx"), args: ["server.ts", "--dev"], cwd }
    : { command: process.execPath, args: [path.join("dist", "server.js")], cwd };
}
