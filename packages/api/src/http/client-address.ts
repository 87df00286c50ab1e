// Which address a public request comes from, for per-address rate limits. The site's server
// (apps/web/server.ts) works it out from the connection and writes it in CLIENT_ADDRESS_HEADER,
// replacing any value a client sent; the API reads only that header.
//
// X-Forwarded-For is a list anyone can start: a client may send "X-Forwarded-For: 1.2.3.4" to
// pose as someone else. Each proxy in front appends the address it got the request from
// (nginx's $proxy_add_x_forwarded_for), so only the last LEGIBLE_TRUSTED_PROXIES entries were
// written by our own proxies, and the entry before those is the client. With no proxy in
// front (the default, 0) the connection's own address is the client and the header is ignored.

/** Set by the site's server on every request; never taken from the client. */
export const CLIENT_ADDRESS_HEADER = "x-legible-client-address";

/** How many proxies of ours stand in front of the site (nginx: 1; a CDN and nginx: 2). */
export function trustedProxyCount(env: Record<string, string | undefined> = process.env): number {
  const given = Number(env.LEGIBLE_TRUSTED_PROXIES ?? 0);
  return Number.isInteger(given) && given > 0 ? Math.min(given, 10) : 0;
}

/**
 * The client's address: the entry `trustedProxies` places before the connection's own address in
 * the chain X-Forwarded-For + connection. A chain shorter than that (a request that reached the
 * site around its proxies) gives its first entry.
 */
export function clientAddressOf(
  forwardedFor: string | string[] | undefined,
  connectionAddress: string | undefined,
  trustedProxies: number,
): string {
  const listed = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? ""))
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  const chain = [...(trustedProxies > 0 ? listed : []), connectionAddress ?? "unknown"];
  return chain[Math.max(0, chain.length - 1 - trustedProxies)] ?? "unknown";
}
