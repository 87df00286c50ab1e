import type { ReactNode } from "react";

/** A titled part of the explainer; its id is the anchor "On this page" links to. */
export function ExplainerSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section id={id} aria-labelledby={`${id}-heading`} className="mt-10 scroll-mt-4">
      <h2 id={`${id}-heading`} className="font-serif text-2xl font-bold text-ink">
        {title}
      </h2>
      {children}
    </section>
  );
}
