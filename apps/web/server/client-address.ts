import type { IncomingMessage } from "node:http";
import { CLIENT_ADDRESS_HEADER, clientAddressOf, trustedProxyCount } from "@legible/api/http";

const trustedProxies = trustedProxyCount();

/**
 * Writes the request's client address (for the public API's per-address rate limit) in its own
 * header, worked out from the connection and LEGIBLE_TRUSTED_PROXIES; a value the client sent
 * in that header is replaced.
 */
export function stampClientAddress(request: IncomingMessage): void {
  request.headers[CLIENT_ADDRESS_HEADER] = clientAddressOf(
    request.headers["x-forwarded-for"],
    request.socket.remoteAddress,
    trustedProxies,
  );
}
