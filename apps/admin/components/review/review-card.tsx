"use client";

import { buttonClass } from "@legible/ui/button";
import Link from "next/link";
import type { ReactNode } from "react";
import { linkClass } from "@/components/form-kit/styles";
import type { OnDecided, ReviewItem } from "./review-types";
import { useDecide } from "./use-decide";

type Resolution = NonNullable<ReviewItem["resolution"]>;

/** One of an item's two answers: its button, what the button says to a screen reader after it, and what is announced once done. */
export interface ReviewAnswer {
  resolution: Resolution;
  label: string;
  /** Read after the label, so the button names its item: ": the title you edited on Measure 12". */
  spoken: string;
  done: string;
}

/**
 * A review item as every kind draws it: its heading, what it shows (children), a link to the
 * record, why a decision failed, and its two answers (the first the main one).
 */
export function ReviewCard({
  item,
  onDecided,
  heading,
  recordHref,
  answers,
  children,
}: {
  item: ReviewItem;
  onDecided: OnDecided;
  heading: ReactNode;
  recordHref: string | null;
  answers: readonly [ReviewAnswer, ReviewAnswer];
  children: ReactNode;
}) {
  const { decide, failure, busy } = useDecide(item, onDecided);
  const headingId = `review-${item.id}-heading`;
  const recordName = item.recordName ?? item.recordId;
  return (
    <article aria-labelledby={headingId} className="rounded-card border border-line bg-paper p-4">
      <h3 id={headingId} className="text-lg font-bold">
        {heading}
      </h3>
      {children}
      {recordHref && (
        <p className="mt-2">
          <Link className={linkClass} href={recordHref}>
            Open {recordName}’s record
          </Link>
        </p>
      )}
      {failure && (
        <p role="alert" className="mt-2 font-bold text-error">
          {failure}
        </p>
      )}
      <div className="mt-3 flex flex-wrap gap-3">
        {answers.map((answer, index) => (
          <button
            key={answer.resolution}
            type="button"
            className={buttonClass(index === 0 ? "primary" : "secondary")}
            disabled={busy}
            onClick={() => decide(answer.resolution, answer.done)}
          >
            {answer.label}
            <span className="sr-only">{answer.spoken}</span>
          </button>
        ))}
      </div>
    </article>
  );
}
