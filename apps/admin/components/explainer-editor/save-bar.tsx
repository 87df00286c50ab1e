"use client";

import { buttonClass } from "@legible/ui/button";
import { formatWhen } from "@/lib/form-kit/when";
import { ConflictNotice, ReapplyNotice } from "../form-kit/conflict-notice";
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
      return `Your edits are reapplied to version ${state.reapplied.version}. Check them, then save.`;
    case "failed":
      return `Not saved: ${state.message}`;
    default:
      return dirty ? "You have unsaved changes." : "No unsaved changes.";
  }
}

/** The save button (Ctrl+S too), what the last save did (announced), and the way out of a conflict. */
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
          <ConflictNotice conflict={state.conflict} thing="explainer" onReload={onReapply} busy={reapplying} />
        </div>
      ) : null}
      {state.kind === "reapplied" ? (
        <div className="mt-3">
          <ReapplyNotice reapplied={state.reapplied} />
        </div>
      ) : null}
    </div>
  );
}
