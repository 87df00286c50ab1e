// Edge of both apps: request guards and security headers, with nothing of storage behind them,
// so a Next proxy can import it.

export { CLIENT_ADDRESS_HEADER, clientAddressOf, trustedProxyCount } from "./client-address";
export { guardRequest, MAX_REQUEST_BYTES, refuseCrossSite, withBodyLimit } from "./request-guards";
export { baseSecurityHeaders, contentSecurityPolicy, newNonce, publicScriptPolicy } from "./security-headers";
export {
  SeenSignatures,
  SIGNATURE_HEADER,
  SIGNATURE_MAX_AGE_SECONDS,
  type SignatureCheck,
  signBody,
  verifySignedBody,
} from "./signed-invalidation";
