"use client";

import { Notice } from "@legible/ui/notice";
import { formatWhen } from "./admin-error";
import { buttonClass } from "./form-fields";
import type { SaveState } from "./save-state";

interface SaveBarProps {
  state: SaveState;
  dirty: boolean;
  onSave: () => void;
  onReapply: () => void;
  reapplying: boolean;
}

function message(state: SaveState, dirty: boolean): string {
  switch (state.kind) {
    case "saving":
      return "Saving…";
    case "saved":
      return dirty
        ? `Saved version ${state.version} at ${formatWhen(state.at)}. You have made changes since.`
        : `Saved. Version ${state.version}, ${formatWhen(state.at)}.`;
    case "invalid":
      return `Not saved: fix the ${state.count === 1 ? "problem" : `${state.count} problems`} marked below.`;
    case "conflict":
      return "Not saved: someone else saved this explainer after you opened it.";
    case "reapplied":
      return `Your edits are reapplied to version ${state.version}. Check them, then save.`;
    case "failed":
      return `Not saved: ${state.message}`;
    default:
      return dirty ? "You have unsaved changes." : "No unsaved changes.";
  }
}

/** The save button, what the last save did (announced), and the way out of a conflict. */
export function SaveBar({ state, dirty, onSave, onReapply, reapplying }: SaveBarProps) {
  return (
    <div className="sticky top-0 z-10 -mx-1 border-b border-line bg-canvas px-1 py-3">
      <div className="flex flex-wrap items-center gap-3">
        <button
          type="button"
          className={buttonClass("primary")}
          onClick={onSave}
          disabled={state.kind === "saving"}
          aria-describedby="save-status"
        >
          Save changes
        </button>
        <p id="save-status" role="status" className={state.kind === "saved" && !dirty ? "font-bold" : ""}>
          {message(state, dirty)}
        </p>
      </div>
      {state.kind === "conflict" ? (
        <div className="mt-3">
          <Notice tone="error" title="Someone else changed this explainer">
            <p>
              {state.conflict.updatedBy ?? "Another staff member"} saved version {state.conflict.currentVersion} on{" "}
              {formatWhen(state.conflict.updatedAt)}. You were editing version {state.conflict.yourVersion}. Your edits
              are still here and have not been saved.
            </p>
            <button
              type="button"
              className={`${buttonClass("primary")} mt-2`}
              onClick={onReapply}
              disabled={reapplying}
            >
              Load their version and reapply my edits
            </button>
          </Notice>
        </div>
      ) : null}
      {state.kind === "reapplied" ? (
        <div className="mt-3">
          <Notice title={`Loaded version ${state.version}${state.by ? ` by ${state.by}` : ""}`}>
            <p>Your edits are applied on top of it. Nothing is saved until you save.</p>
            {state.overlaps.length > 0 ? (
              <>
                <p className="mt-1">You both changed these; your version is kept, so check them:</p>
                <ul className="list-disc pl-6">
                  {state.overlaps.map((overlap) => (
                    <li key={overlap}>{overlap}</li>
                  ))}
                </ul>
              </>
            ) : (
              <p className="mt-1">You changed different parts, so both sets of changes are kept.</p>
            )}
          </Notice>
        </div>
      ) : null}
    </div>
  );
}
