import type { Explainer } from "@legible/core";

const LOOKS: Record<Explainer["status"], { label: string; className: string }> = {
  draft: { label: "Draft", className: "border-muted bg-paper text-ink" },
  "in-review": { label: "Waiting for review", className: "border-primary-dark bg-primary-light text-primary-dark" },
  published: { label: "Published", className: "border-success-dark bg-paper text-ink" },
};

/** An explainer's review status in words, with a border that tells the three apart at a glance. */
export function StatusBadge({ status }: { status: Explainer["status"] }) {
  const look = LOOKS[status];
  return (
    <span className={`inline-block rounded border-2 px-2 py-0.5 text-sm font-bold ${look.className}`}>
      {look.label}
    </span>
  );
}

/** A status's name in words, for lists and sentences. */
export function statusLabel(status: string): string {
  return LOOKS[status as Explainer["status"]]?.label ?? status;
}
