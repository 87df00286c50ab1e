import type { Metadata, Viewport } from "next";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { ScriptPolicy } from "@/components/script-policy";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import { routing } from "@/i18n/routing";
import { siteUrl } from "@/lib/site-url";
import { feedLinkTypes } from "@/lib/social-metadata";

// No page is built ahead: each is rendered on its first visit, then served from the cache until
// staff publish (on-demand revalidation) or five minutes pass.
export function generateStaticParams() {
  return [];
}
export const revalidate = 300;

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "common" });
  return {
    metadataBase: siteUrl(),
    title: { default: `${t("siteName")}: ${t("tagline")}`, template: `%s · ${t("siteName")}` },
    description: t("footer.about"),
    // Pages that set their own alternates (records with their own feed) replace this one.
    alternates: { types: await feedLinkTypes(hasLocale(routing.locales, locale) ? locale : routing.defaultLocale) },
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#1a4480" };

export default async function LocaleLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "common" });
  // No NextIntlClientProvider: reading pages have no client component that translates (the
  // language switch gets its words as props, the error page bundles its own), so next-intl's
  // client runtime is not shipped with every page.

  return (
    <html lang={locale}>
      <head>
        <ScriptPolicy />
      </head>
      <body className="flex min-h-screen flex-col">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:bg-paper focus:p-2"
        >
          {t("skipToContent")}
        </a>
        <SiteHeader />
        <div className="flex-1">{children}</div>
        <SiteFooter />
      </body>
    </html>
  );
}
