import type { ReactNode } from "react";

const tones = {
  info: "border-primary bg-primary-light",
  success: "border-success-dark bg-paper",
  warning: "border-warning bg-paper",
  error: "border-error bg-paper",
} as const;

export type NoticeTone = keyof typeof tones;

/**
 * A short message in a bordered box, in the U.S. Web Design System's alert style. Errors are
 * announced at once (role alert); the rest politely (role status). `live={false}` is for a
 * notice that is part of the page from the start and should not be announced again.
 */
export function Notice({
  tone = "info",
  title,
  live = true,
  className,
  children,
}: {
  tone?: NoticeTone;
  title?: ReactNode;
  live?: boolean;
  className?: string;
  children?: ReactNode;
}) {
  const role = !live ? undefined : tone === "error" ? "alert" : "status";
  return (
    <div className={`rounded-card border-l-8 p-4 ${tones[tone]} ${className ?? ""}`} role={role}>
      {title !== undefined && <p className="font-bold">{title}</p>}
      {children !== undefined && <div className={title !== undefined ? "mt-1" : undefined}>{children}</div>}
    </div>
  );
}
