// English lives at the root and Spanish under /es (i18n/routing.ts: "as-needed", no detection).
// Next's own router does that here, without next-intl's middleware: a proxy step cost about a
// third of the CPU of serving a cached page. Every top-level folder that is not a page of the
// [locale] tree stays as it is; files (robots.txt, icon.svg) are served before this rewrite,
// which next.config.ts runs after them (afterFiles).
const NOT_LOCALIZED = ["es", "en", "api", "_next", "embed", "feeds", "calendars", "data", "sitemaps"];
export const localeRoutes = {
  /** The English prefix is never shown: /en/... goes to the same page without it. */
  redirects: [
    { source: "/en", destination: "/", permanent: false },
    { source: "/en/:path*", destination: "/:path*", permanent: false },
  ],
  /** Any other address is an English page. */
  rewrites: [
    { source: "/", destination: "/en" },
    { source: `/:path((?!(?:${NOT_LOCALIZED.join("|")})(?:/|$)).+)`, destination: "/en/:path" },
  ],
};
