import type { Metadata } from "next";
import { Suspense } from "react";
import { ReviewQueue } from "@/components/review/review-queue";

export const metadata: Metadata = { title: "Review" };

export default function ReviewPage() {
  return (
    <Suspense fallback={<p>Loading…</p>}>
      <ReviewQueue />
    </Suspense>
  );
}
