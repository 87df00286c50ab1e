/** What a page may load, as a Content-Security-Policy; scripts only with this response's nonce. */
export function contentSecurityPolicy(options: {
  nonce: string;
  frameAncestors: string;
  development?: boolean;
}): string {
  const scripts = [`'self'`, `'nonce-${options.nonce}'`, `'strict-dynamic'`];
  // React's development build evaluates code to show better errors; production never does.
  if (options.development) scripts.push(`'unsafe-eval'`);
  return [
    `default-src 'self'`,
    `script-src ${scripts.join(" ")}`,
    // Inline style attributes are not scripts; Next and React set a few.
    `style-src 'self' 'unsafe-inline'`,
    `img-src 'self' data: blob:`,
    `font-src 'self'`,
    `connect-src 'self'`,
    `object-src 'none'`,
    `base-uri 'self'`,
    `form-action 'self'`,
    `frame-ancestors ${options.frameAncestors}`,
  ].join("; ");
}

/**
 * The public site's script rule, carried in each page's own HTML (a <meta> policy) because
 * public pages are cached and shared: a response header would have to name the nonce of the
 * render that made the cached copy, which the proxy in front cannot know. The nonce is drawn
 * fresh for every render, so text saved before a render can never carry it. Without a nonce
 * (a page built with no request) no script may run: such pages are whole without JavaScript.
 */
export function publicScriptPolicy(options: { nonce: string | undefined; development?: boolean }): string {
  const scripts = options.nonce ? [`'self'`, `'nonce-${options.nonce}'`, `'strict-dynamic'`] : [`'none'`];
  if (options.nonce && options.development) scripts.push(`'unsafe-eval'`);
  return [`script-src ${scripts.join(" ")}`, `object-src 'none'`, `base-uri 'self'`].join("; ");
}

/** A fresh, unguessable nonce for one response. */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/**
 * Headers every response of both apps carries. HSTS only when the app is served over HTTPS, so
 * a local http:// install is never told to refuse plain HTTP.
 */
export function baseSecurityHeaders(options: { https: boolean; referrerPolicy: string }): Record<string, string> {
  return {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": options.referrerPolicy,
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
    ...(options.https ? { "Strict-Transport-Security": "max-age=63072000; includeSubDomains" } : {}),
  };
}
