import type { ReactNode } from "react";
import { Breadcrumbs } from "../records/breadcrumbs";

/** A browse list's frame: Home › list, its heading and a sentence on what it holds, then the rest. */
export function BrowsePage({
  title,
  intro,
  trail = [],
  children,
}: {
  title: string;
  intro: ReactNode;
  /** Crumbs between Home and this page (past officials sit under People). */
  trail?: { href: string; label: ReactNode }[];
  children: ReactNode;
}) {
  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-6">
      <Breadcrumbs trail={trail} current={title} />
      <h1 className="mt-2 font-serif text-3xl font-bold">{title}</h1>
      <p className="mt-2">{intro}</p>
      {children}
    </main>
  );
}
