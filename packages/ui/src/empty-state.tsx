import type { ReactNode } from "react";

/**
 * What a list says when it has nothing to show: what is missing, in plain words, and the next
 * step when there is one ("Add the first one", "Try fewer words").
 */
export function EmptyState({
  title,
  children,
  action,
}: {
  title: ReactNode;
  children?: ReactNode;
  action?: ReactNode;
}) {
  return (
    <div className="mt-2 rounded-card border border-dashed border-muted bg-paper p-4">
      <p className="font-bold">{title}</p>
      {children !== undefined && <div className="mt-1 text-muted">{children}</div>}
      {action !== undefined && <div className="mt-3">{action}</div>}
    </div>
  );
}
