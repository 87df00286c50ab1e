"use client";

import { forwardRef } from "react";

export interface SummaryItem {
  /** The control id to jump to, or null for problems with the whole form. */
  target: string | null;
  message: string;
}

/** The USWDS error summary: what to fix, each linked to its field. The form focuses it after a failed save. */
export const ErrorSummary = forwardRef<HTMLDivElement, { items: readonly SummaryItem[] }>(function ErrorSummary(
  { items },
  ref,
) {
  if (!items.length) return null;
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="alert"
      aria-labelledby="error-summary-title"
      className="rounded-card border-l-8 border-error bg-paper p-4"
    >
      <h2 id="error-summary-title" className="text-xl font-bold">
        There {items.length === 1 ? "is a problem" : `are ${items.length} problems`} to fix before saving
      </h2>
      <ul className="mt-2 list-disc space-y-1 pl-6">
        {items.map((item) => (
          <li key={`${item.target}:${item.message}`}>
            {item.target ? (
              <a
                href={`#${item.target}`}
                className="font-bold text-error underline"
                onClick={(event) => {
                  const control = document.getElementById(item.target ?? "");
                  if (!control) return;
                  event.preventDefault();
                  control.focus();
                  control.scrollIntoView({ block: "center" });
                }}
              >
                {item.message}
              </a>
            ) : (
              item.message
            )}
          </li>
        ))}
      </ul>
    </div>
  );
});
