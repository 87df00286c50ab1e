import { redirect as redirectTo } from "next/navigation";
import { useLocale } from "next-intl";
import type { ComponentProps } from "react";
import { localePath } from "./locale-path";
import { type AppLocale, isAppLocale, routing } from "./routing";

/** The address of a site path in a language: `/people/x` is /es/people/x in Spanish. */
export function getPathname({ href, locale }: { href: string; locale: string }): string {
  return localePath(href, isAppLocale(locale) ? locale : routing.defaultLocale);
}

/** Sends the visitor to a site path in a language. */
export function redirect({ href, locale }: { href: string; locale: string }): never {
  return redirectTo(getPathname({ href, locale }));
}

type LinkProps = Omit<ComponentProps<"a">, "href"> & { href: string; locale?: AppLocale };

/**
 * A plain link to a page in this page's language: `<Link href="/people/x">` points at /es/people/x
 * on Spanish pages. A server-rendered <a>, not next-intl's client Link: reading pages ship no
 * script of their own for navigation, and a click loads the cached page.
 */
export function Link({ href, locale, ...anchor }: LinkProps) {
  const current = useLocale();
  return <a href={getPathname({ href, locale: locale ?? current })} {...anchor} />;
}
