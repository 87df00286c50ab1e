import type { ReactNode } from "react";

const tones = {
  neutral: "border-line bg-canvas text-ink",
  positive: "border-success-dark bg-paper text-success-dark",
  negative: "border-error bg-paper text-error",
  info: "border-primary bg-primary-light text-primary-dark",
} as const;

export type BadgeTone = keyof typeof tones;

/** A short status word in a pill ("Current", "Passed", "Open"). Always text, never color alone. */
export function Badge({ tone = "neutral", children }: { tone?: BadgeTone; children: ReactNode }) {
  return (
    <span className={`inline-block rounded-full border px-2 py-0.5 text-sm font-bold ${tones[tone]}`}>{children}</span>
  );
}
