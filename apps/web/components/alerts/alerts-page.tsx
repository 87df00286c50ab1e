import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";

/** The frame of every alerts page: never cached, never indexed (their links carry tokens). */
export function AlertsPage({ children }: { children: ReactNode }) {
  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-6">
      {children}
    </main>
  );
}

export const alertsMetadata = { robots: { index: false, follow: false }, referrer: "no-referrer" } as const;

/** What an alerts page is given: its language, and the address's query (its link's token). */
export type AlertsPageProps = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** An alerts page's generateMetadata: its title from `<namespace>.title`, never indexed, no referrer. */
export function alertsPageMetadata(namespace: `alerts.${"check" | "confirm" | "done" | "manage" | "unsubscribe"}`) {
  return async ({ params }: Pick<AlertsPageProps, "params">): Promise<Metadata> => {
    const { locale } = await params;
    const t = await getTranslations({ locale, namespace });
    return { title: t("title"), ...alertsMetadata };
  };
}

/** The first `token` in the address. */
export async function tokenFrom(searchParams: Promise<Record<string, string | string[] | undefined>>) {
  const token = (await searchParams).token;
  return (Array.isArray(token) ? token[0] : token) ?? "";
}
