/** The header a request id arrives in (from a proxy, a load balancer or another Legible app) and leaves in. */
export const REQUEST_ID_HEADER = "x-request-id";

// A request id ends up in every log line and trace of its request, so one from outside is taken
// only when it is short and plain: a UUID, nginx's $request_id, a tracing id. Anything else (a
// line break forging a log line, a kilobyte of text) is replaced by one of ours.
const ACCEPTED = /^[A-Za-z0-9._:-]{1,128}$/;

/** The id as given when it is acceptable, otherwise null. */
export function acceptedRequestId(value: string | null | undefined): string | null {
  return typeof value === "string" && ACCEPTED.test(value) ? value : null;
}

export function newRequestId(): string {
  // Web Crypto's, so the staff app's proxy can settle an id before Node's modules are at hand.
  return crypto.randomUUID();
}

/** The incoming request's own id when acceptable, or a new one. */
export function requestIdOf(value: string | string[] | null | undefined): string {
  return acceptedRequestId(Array.isArray(value) ? value[0] : value) ?? newRequestId();
}
