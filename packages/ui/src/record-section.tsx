import type { ReactNode } from "react";

/**
 * One titled part of a record page. The heading names the region for screen readers, and the
 * id lets other parts of the page link to it (`#sources`).
 */
export function RecordSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section id={id} aria-labelledby={`${id}-title`} className="mt-8 border-t border-line pt-6">
      <h2 id={`${id}-title`} className="font-serif text-2xl font-bold">
        {title}
      </h2>
      <div className="mt-3 space-y-3">{children}</div>
    </section>
  );
}
