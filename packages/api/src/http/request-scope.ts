import { processLogger, REQUEST_ID_HEADER, requestIdOf, runWithRequestId } from "@legible/observe";

export interface RequestScopeOptions {
  /** Log one line for the answer (method, path, status, time). The public site's own server logs its requests itself. */
  accessLog?: boolean;
}

/**
 * Runs a route handler as one request. Its id is the incoming x-request-id when acceptable (the
 * public site's server, the staff app's proxy or the tracing hook has already settled it) or a new
 * one; every log line, query and span made while it runs carries it, and the answer sends it back.
 */
export async function inRequestScope(
  request: Request,
  handle: () => Promise<Response>,
  options: RequestScopeOptions = {},
): Promise<Response> {
  const requestId = requestIdOf(request.headers.get(REQUEST_ID_HEADER));
  const started = performance.now();
  const response = withRequestIdHeader(await runWithRequestId(requestId, handle), requestId);
  if (options.accessLog) {
    runWithRequestId(requestId, () =>
      processLogger().info(
        {
          method: request.method,
          // The path only: a query string can carry what someone typed.
          path: new URL(request.url).pathname,
          status: response.status,
          durationMs: Math.round(performance.now() - started),
        },
        "request",
      ),
    );
  }
  return response;
}

function withRequestIdHeader(response: Response, requestId: string): Response {
  try {
    response.headers.set(REQUEST_ID_HEADER, requestId);
    return response;
  } catch {
    // Headers of a redirect or an error Response are immutable: send a copy.
    const copy = new Response(response.body, response);
    copy.headers.set(REQUEST_ID_HEADER, requestId);
    return copy;
  }
}
