/**
 * The public site's own address, for absolute links in feeds, sitemaps, JSON-LD and embeds.
 * LEGIBLE_PUBLIC_URL sets it in production; otherwise it is this machine on the web app's port.
 */
export function siteUrl(): URL {
  return new URL(process.env.LEGIBLE_PUBLIC_URL ?? `http://localhost:${process.env.PORT ?? 3000}`);
}
