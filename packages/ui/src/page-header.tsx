import type { ReactNode } from "react";

/** The band at the top of every page: the product name, and who this app is for. */
export function PageHeader({ product, tagline, children }: { product: string; tagline: string; children?: ReactNode }) {
  return (
    <header className="border-b border-line bg-paper">
      <div className="mx-auto flex max-w-3xl flex-wrap items-baseline justify-between gap-2 px-4 py-4">
        <p className="font-serif text-2xl font-bold text-primary-dark">
          {product}
          <span className="ml-2 font-sans text-base font-normal text-muted">{tagline}</span>
        </p>
        {children}
      </div>
    </header>
  );
}
