import type { ConflictDetails } from "@legible/api";
import { buttonClass } from "@legible/ui/button";
import { formatWhen } from "@/lib/form-kit/when";

/**
 * Someone saved since this form was loaded: who, when, and the way on without losing edits
 * ("reload theirs, keep mine"). `thing` names what is edited ("record", "explainer").
 */
export function ConflictNotice({
  conflict,
  thing,
  onReload,
  busy,
}: {
  conflict: ConflictDetails;
  thing: string;
  onReload: () => void;
  busy: boolean;
}) {
  return (
    <div role="alert" className="rounded-card border-l-8 border-warning bg-paper p-4">
      <h2 className="text-xl font-bold">Someone else saved this {thing} while you were editing</h2>
      <p className="mt-1">
        {conflict.updatedBy ?? "Another staff member"} saved version {conflict.currentVersion} on{" "}
        {formatWhen(conflict.updatedAt)}. You were editing version {conflict.yourVersion}. Nothing was saved, and your
        changes are still here.
      </p>
      <button type="button" className={`${buttonClass("secondary")} mt-3`} onClick={onReload} disabled={busy}>
        {busy ? "Loading their version…" : "Reload their version and keep my edits"}
      </button>
    </div>
  );
}

/** What reloading after a conflict did: their version is loaded with the user's edits on top, and where both changed. */
export interface Reapplied {
  version: number;
  by: string | null;
  /** Plain names of what the user changed and kept. */
  kept: readonly string[];
  /** Plain names of what both changed; the user's value is kept there. */
  overlapping: readonly string[];
}

export function ReapplyNotice({ reapplied }: { reapplied: Reapplied }) {
  const { version, by, kept, overlapping } = reapplied;
  return (
    <div role="status" className="rounded-card border-l-8 border-primary bg-primary-light p-4">
      <p className="font-bold">
        Loaded version {version}
        {by ? ` by ${by}` : ""}
      </p>
      <p className="mt-1">
        Your edits are applied on top of it{kept.length ? ` (${kept.join(", ")})` : ""}. Nothing is saved until you
        save.
      </p>
      {overlapping.length > 0 ? (
        <>
          <p className="mt-1">You both changed these; your version is kept, so check them:</p>
          <ul className="list-disc pl-6">
            {overlapping.map((name) => (
              <li key={name}>{name}</li>
            ))}
          </ul>
        </>
      ) : (
        <p className="mt-1">You changed different parts, so both sets of changes are kept.</p>
      )}
    </div>
  );
}
