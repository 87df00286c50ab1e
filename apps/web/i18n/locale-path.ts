import type { AppLocale } from "./routing";

// English lives at the root and Spanish under /es (routing.ts: "as-needed"). Written out here, not
// taken from next-intl's createNavigation: that module brings next-intl's client Link, and with
// it next-intl's client runtime, into every page's scripts even when nothing renders it.

/** The address of a site path (`/people/x`, `/search?q=y`) in a language. */
export function localePath(href: string, locale: AppLocale): string {
  if (locale === "en") return href;
  return href === "/" ? "/es" : href.startsWith("/?") ? `/es${href.slice(1)}` : `/es${href}`;
}

/** The path of a browser address with its language prefix taken off. */
export function withoutLocale(pathname: string): string {
  if (pathname === "/es") return "/";
  return pathname.startsWith("/es/") ? pathname.slice(3) : pathname;
}
