import type { ConflictInfo } from "@/lib/records/server-errors";
import { secondaryButtonClass } from "./styles";

export function describeWhen(at: string): string {
  const date = new Date(at);
  return Number.isNaN(date.getTime())
    ? at
    : `${date.toLocaleString("en-US", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" })} UTC`;
}

/** Someone saved since this form was loaded: who, when, and the way on without losing edits. */
export function ConflictNotice({
  conflict,
  onReload,
  busy,
}: {
  conflict: ConflictInfo;
  onReload: () => void;
  busy: boolean;
}) {
  return (
    <div role="alert" className="rounded-card border-l-8 border-warning bg-paper p-4">
      <h2 className="text-xl font-bold">Someone else saved this record while you were editing</h2>
      <p className="mt-1">
        {conflict.updatedBy ?? "Another staff member"} saved version {conflict.currentVersion} on{" "}
        {describeWhen(conflict.updatedAt)}. You were editing version {conflict.yourVersion}. Nothing was saved, and your
        changes are still here.
      </p>
      <button type="button" className={`${secondaryButtonClass} mt-3`} onClick={onReload} disabled={busy}>
        Reload their version and keep my edits
      </button>
    </div>
  );
}
