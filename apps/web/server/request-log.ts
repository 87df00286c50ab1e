import type { IncomingMessage, ServerResponse } from "node:http";
import { processLogger, REQUEST_ID_HEADER, requestIdOf } from "@legible/observe";

/**
 * Settles the request's id (an acceptable incoming x-request-id, or a new one), leaves it in the
 * request's headers for the handlers behind (route handlers, the api), sends it back, and logs
 * one line once the answer is sent. Returns the id, for the caller to run the request under.
 */
export function observeRequest(request: IncomingMessage, response: ServerResponse): string {
  const requestId = requestIdOf(request.headers[REQUEST_ID_HEADER]);
  request.headers[REQUEST_ID_HEADER] = requestId;
  response.setHeader(REQUEST_ID_HEADER, requestId);
  const started = performance.now();
  response.once("finish", () => {
    processLogger().info(
      {
        requestId,
        method: request.method,
        // The path only: a query string can carry what someone typed into search.
        path: (request.url ?? "/").split("?")[0],
        status: response.statusCode,
        durationMs: Math.round(performance.now() - started),
      },
      "request",
    );
  });
  return requestId;
}
