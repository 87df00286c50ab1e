import type { ReactNode } from "react";
import { Link } from "@/i18n/navigation";

/** The way from the latest few of a long list to the whole list, after them. */
export function SeeAllLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <p className="mt-4">
      <Link href={href} className="font-bold text-primary underline">
        {children}
      </Link>
    </p>
  );
}
