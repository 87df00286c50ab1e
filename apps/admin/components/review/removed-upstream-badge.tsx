import { formatWhen } from "@/lib/form-kit/when";

/** The mark a record gone upstream carries on staff pages: it has been off the public site since then. */
export function RemovedUpstreamBadge({ goneUpstreamAt }: { goneUpstreamAt: string }) {
  return (
    <span className="inline-block rounded border border-error px-2 py-0.5 text-sm font-bold text-error">
      Removed upstream on {formatWhen(goneUpstreamAt)}
    </span>
  );
}
