import { defineRouting } from "next-intl/routing";

/** English at the root, Spanish under /es: every page exists in both. */
export const routing = defineRouting({
  locales: ["en", "es"],
  defaultLocale: "en",
  localePrefix: "as-needed",
  // A resident's language comes from the address they opened, never from a cookie: cached pages
  // stay the same for everyone, and links people share open in the language they were shared in.
  localeDetection: false,
  localeCookie: false,
});

export type AppLocale = (typeof routing.locales)[number];

export function isAppLocale(value: string): value is AppLocale {
  return (routing.locales as readonly string[]).includes(value);
}
