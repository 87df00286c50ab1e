import type { ReactNode } from "react";

/** A record page's title: the kind of record above it in small type, then the h1. */
export function RecordHeading({ kind, children }: { kind: string; children: ReactNode }) {
  return (
    <header className="mt-4">
      <p className="text-sm font-bold uppercase tracking-wide text-muted">{kind}</p>
      <h1 className="mt-1 font-serif text-3xl font-bold leading-tight sm:text-4xl">{children}</h1>
    </header>
  );
}
