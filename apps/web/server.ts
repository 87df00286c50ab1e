// The public site's server: Next's own request handler behind applyRequestPolicy. The build
// compiles it to dist/server.js (server/compile.mjs), which `npm start` runs with plain node;
// `npm run dev` runs this file with tsx and --dev. PORT and HOSTNAME work as with `next start`.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import path from "node:path";
import { nameProcess, processLogger, runWithRequestId, stopTelemetry } from "@legible/observe";
import next from "next";
import { admit } from "./server/admission";
import { sendCacheTagHeaders } from "./server/cache-tag-headers";
import { stampClientAddress } from "./server/client-address";
import { EncodedResponse } from "./server/encoded-response";
import { serveOpenDataFile } from "./server/open-data-files";
import { forgetOtherBuildsPages } from "./server/pages-of-this-build";
import { observeRequest } from "./server/request-log";
import { applyRequestPolicy } from "./server/request-policy";

const dev = process.argv.includes("--dev");
nameProcess("web");
const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOSTNAME ?? "0.0.0.0";
const https = process.env.LEGIBLE_PUBLIC_URL?.startsWith("https:") ?? false;

// Compiled, this file runs from dist/; the app (next.config.ts, .next) is the folder above.
const appDir = import.meta.filename.endsWith(".ts") ? import.meta.dirname : path.dirname(import.meta.dirname);
if (!dev && forgetOtherBuildsPages(appDir)) processLogger().info("removed the pages another build had cached on disk");
const app = next({ dev, dir: appDir, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer({ ServerResponse: EncodedResponse }, (request, response) => {
  // Every log line, query and span of this request carries its id (the handlers run inside).
  runWithRequestId(observeRequest(request, response), () => serve(request, response));
});

function serve(request: IncomingMessage, response: ServerResponse) {
  if (!applyRequestPolicy(request, response, { https, development: dev })) return;
  sendCacheTagHeaders(request, response);
  stampClientAddress(request);
  if (!admit(request, response)) return;
  if (serveOpenDataFile(request, response)) return;
  void handle(request, response);
}

// Development reloads pages over a WebSocket that Next serves.
if (dev) server.on("upgrade", app.getUpgradeHandler());
server.listen(port, hostname, () => {
  processLogger().info(`public site ready on http://${hostname === "0.0.0.0" ? "localhost" : hostname}:${port}`);
});

for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.once(signal, () => {
    server.close();
    // Spans still waiting are sent before the process goes.
    void Promise.allSettled([app.close(), stopTelemetry()]).finally(() => process.exit(0));
  });
}
