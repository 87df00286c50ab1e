import type { ReactNode } from "react";

const tones = {
  info: "border-primary bg-primary-light",
  error: "border-error bg-paper",
} as const;

/** A short message in a bordered box, in the U.S. Web Design System's alert style. */
export function Notice({
  tone = "info",
  title,
  children,
}: {
  tone?: keyof typeof tones;
  title: string;
  children: ReactNode;
}) {
  return (
    <div className={`border-l-8 ${tones[tone]} rounded-card p-4`} role={tone === "error" ? "alert" : "status"}>
      <p className="font-bold">{title}</p>
      <div className="mt-1">{children}</div>
    </div>
  );
}
