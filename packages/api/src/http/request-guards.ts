/** The largest request body either app accepts; larger ones get 413 before anything reads them. */
export const MAX_REQUEST_BYTES = 1024 * 1024;

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

function refusal(status: number, error: string): Response {
  return Response.json({ error }, { status, headers: { "cache-control": "no-store" } });
}

/**
 * Refuses a state-changing request a browser sent from another site: by `Sec-Fetch-Site`
 * where the browser sends it, else by `Origin`. Requests with neither come from servers and
 * scripts, not from a page a signed-in person visited, so they are judged by their own
 * credentials instead.
 */
export function refuseCrossSite(request: Request, trustedOrigins: readonly string[] = []): Response | null {
  if (SAFE_METHODS.has(request.method)) return null;
  const site = request.headers.get("sec-fetch-site");
  if (site && site !== "same-origin" && site !== "none") {
    return refusal(403, "This request came from another website, so it was refused.");
  }
  const origin = request.headers.get("origin");
  if (origin === null) return null;
  const allowed = new Set([new URL(request.url).origin, ...trustedOrigins.map((url) => new URL(url).origin)]);
  if (!allowed.has(origin)) return refusal(403, "This request came from another website, so it was refused.");
  return null;
}

/**
 * The request with its body read, or 413 when the body is larger than `maxBytes`, whether or
 * not it declared its length. Reading stops at the limit, so a huge body costs nothing more.
 */
export async function withBodyLimit(request: Request, maxBytes = MAX_REQUEST_BYTES): Promise<Request | Response> {
  const tooLarge = () =>
    refusal(413, `This request is larger than ${Math.round(maxBytes / 1024)} KB. Send less at a time.`);
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > maxBytes) return tooLarge();
  if (!request.body) return request;
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return tooLarge();
    }
    chunks.push(value);
  }
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new Request(request.url, { method: request.method, headers: request.headers, body });
}

/** Both guards, for a route that changes state: the guarded request, or the refusal. */
export async function guardRequest(
  request: Request,
  trustedOrigins: readonly string[] = [],
): Promise<Request | Response> {
  return refuseCrossSite(request, trustedOrigins) ?? (await withBodyLimit(request));
}
