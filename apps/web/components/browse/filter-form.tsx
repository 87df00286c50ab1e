import { getLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { getPathname, Link } from "@/i18n/navigation";

/**
 * A list's filters as a plain GET form: it works without JavaScript, and the chosen filters stay
 * in the address to share or bookmark. Submitting starts again at page 1; "clear" goes back to
 * the plain list.
 */
export async function FilterForm({
  href,
  id,
  title,
  apply,
  clear,
  children,
}: {
  href: "/measures" | "/meetings";
  id: string;
  title: string;
  apply: string;
  clear: string;
  children: ReactNode;
}) {
  const locale = await getLocale();
  return (
    <search>
      <form
        action={getPathname({ href, locale })}
        method="get"
        aria-labelledby={id}
        className="rounded-card border border-line bg-paper p-4"
      >
        <h2 id={id} className="font-serif text-xl font-bold">
          {title}
        </h2>
        <div className="mt-3 grid gap-4 sm:grid-cols-2">{children}</div>
        <div className="mt-4 flex flex-wrap items-center gap-4">
          <button
            type="submit"
            className="min-h-11 rounded-card bg-primary px-5 py-2 font-bold text-paper hover:bg-primary-dark"
          >
            {apply}
          </button>
          <Link href={href} className="text-primary underline">
            {clear}
          </Link>
        </div>
      </form>
    </search>
  );
}
