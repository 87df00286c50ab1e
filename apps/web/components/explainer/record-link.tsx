import type { ReactNode } from "react";
import { Link } from "@/i18n/navigation";

const folders = { measure: "measures", vote: "votes", person: "people", body: "bodies" } as const;

/**
 * A link to a record's own page, in the page's language. Not prefetched: an explainer names
 * many records, and readers on slow phone networks should not pay for pages they may not open.
 */
export function RecordLink({
  kind,
  id,
  lang,
  className = "text-primary underline",
  children,
}: {
  kind: keyof typeof folders;
  id: string;
  lang?: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <Link href={`/${folders[kind]}/${encodeURIComponent(id)}`} prefetch={false} lang={lang} className={className}>
      {children}
    </Link>
  );
}
