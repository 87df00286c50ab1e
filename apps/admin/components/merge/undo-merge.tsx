"use client";

import { buttonClass } from "@legible/ui/button";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { readSaveFailure } from "@/lib/form-kit/save-failure";
import { useTRPC } from "@/lib/trpc";

/** What a merge's audit entry holds after the change: the kept person. */
function mergedInto(after: unknown): string | null {
  const into = (after as { mergedInto?: unknown } | null)?.mergedInto;
  return typeof into === "string" ? into : null;
}

/** A merge entry's words in the audit log, and "Undo this merge" until it is undone. */
export function UndoMerge({ entryId, personId, after }: { entryId: number; personId: string; after: unknown }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const undone = useQuery(trpc.merge.undone.queryOptions({ auditEntryIds: [entryId] }));
  const undo = useMutation(trpc.merge.undo.mutationOptions());
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<{ text: string; failed: boolean } | null>(null);
  const into = mergedInto(after);
  const question = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (confirming) question.current?.focus();
  }, [confirming]);

  async function confirm() {
    setMessage(null);
    try {
      const result = await undo.mutateAsync({ auditEntryId: entryId });
      const { votes, memberships, statements } = result.restored;
      setMessage({
        text: `Undone: ${personId} is back with ${votes} ${votes === 1 ? "vote" : "votes"}, ${memberships} ${memberships === 1 ? "term" : "terms"} and ${statements} ${statements === 1 ? "statement" : "statements"}.`,
        failed: false,
      });
      await queryClient.invalidateQueries(trpc.merge.pathFilter());
      await queryClient.invalidateQueries(trpc.audit.pathFilter());
    } catch (error) {
      setMessage({ text: readSaveFailure(error).message, failed: true });
    }
    setConfirming(false);
  }

  return (
    <div>
      {into && <p>into {into}</p>}
      <p role={message?.failed ? "alert" : "status"} className={message?.failed ? "font-bold text-error" : ""}>
        {message?.text}
      </p>
      {undone.data?.includes(entryId) ? (
        !message && <p className="text-muted">Undone.</p>
      ) : confirming ? (
        <div className="mt-2 rounded-card border-2 border-error p-3">
          <p ref={question} tabIndex={-1} className="font-bold">
            Split {personId} off again? Exactly what the merge moved goes back to them, and their address stops leading
            to {into ?? "the kept person"}.
          </p>
          <div className="mt-2 flex flex-wrap gap-2">
            <button type="button" className={buttonClass("danger")} onClick={confirm} disabled={undo.isPending}>
              {undo.isPending ? "Undoing…" : "Yes, undo the merge"}
            </button>
            <button type="button" className={buttonClass("secondary")} onClick={() => setConfirming(false)}>
              No, keep it merged
            </button>
          </div>
        </div>
      ) : (
        undone.data && (
          <button type="button" className={`${buttonClass("secondary")} mt-2`} onClick={() => setConfirming(true)}>
            Undo this merge<span className="sr-only"> of {personId}</span>
          </button>
        )
      )}
    </div>
  );
}
