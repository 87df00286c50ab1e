import { createServer } from "node:net";

/** Resolves when nothing listens on the port (on any address), so a second server would fail. */
export function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once("error", () => resolve(false));
    server.listen({ port, host: "::", ipv6Only: false }, () => server.close(() => resolve(true)));
  });
}

/** A port from an environment variable, or the default; refuses anything that is not a TCP port. */
export function portFrom(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new StartError(`${name} must be a port number from 1 to 65535 (it is "${raw}")`);
  }
  return port;
}

/** A problem a person can fix, reported as one line without a stack trace. */
export class StartError extends Error {
  override name = "StartError";
}
