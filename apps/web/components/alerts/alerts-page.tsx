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

/** The first `token` in the address. */
export async function tokenFrom(searchParams: Promise<Record<string, string | string[] | undefined>>) {
  const token = (await searchParams).token;
  return (Array.isArray(token) ? token[0] : token) ?? "";
}
