import { publicScriptPolicy } from "@legible/api/http";
import { renderNonce } from "../lib/render-nonce";

/**
 * The page's script rule, first in <head> so it governs everything after it. It travels inside
 * the cached HTML with the nonce of the render that made it; see publicScriptPolicy.
 */
export function ScriptPolicy() {
  const policy = publicScriptPolicy({
    nonce: renderNonce(),
    development: process.env.NODE_ENV === "development",
  });
  return <meta httpEquiv="Content-Security-Policy" content={policy} />;
}
