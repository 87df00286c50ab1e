"use client";

import { buttonClass } from "@legible/ui/button";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter, useSearchParams } from "next/navigation";
import { useEffect, useId, useRef, useState } from "react";
import { linkClass } from "@/components/form-kit/styles";
import { readSaveFailure } from "@/lib/form-kit/save-failure";
import { useTRPC } from "@/lib/trpc";
import { RecordSearch } from "../records/record-search";

/**
 * "Merge into another person…" on a person's staff page: choose the person to keep, read what
 * will move, confirm. Afterwards the kept person's page says what happened and where to undo it.
 */
export function MergePerson({ id, name }: { id: string; name: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const searchId = useId();
  const [open, setOpen] = useState(false);
  const [intoId, setIntoId] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const question = useRef<HTMLHeadingElement>(null);
  const mergedFrom = useSearchParams().get("merged");
  const preview = useQuery({
    ...trpc.merge.preview.queryOptions({ fromId: id, intoId: intoId ?? "" }),
    enabled: intoId !== null,
  });
  const merge = useMutation(trpc.merge.people.mutationOptions());

  useEffect(() => {
    if (preview.data) question.current?.focus();
  }, [preview.data]);

  async function confirm() {
    if (!intoId) return;
    setRefusal(null);
    try {
      await merge.mutateAsync({ fromId: id, intoId });
      // The kept person, their votes, terms and statements changed: nothing loaded before holds. Marked
      // stale, not fetched now: this page's own person is gone, and asking for them would only fail.
      await queryClient.invalidateQueries({ refetchType: "none" });
      router.push(`/people/${encodeURIComponent(intoId)}?merged=${encodeURIComponent(name)}`);
    } catch (error) {
      setRefusal(readSaveFailure(error).message);
    }
  }

  function cancel() {
    setIntoId(null);
    setOpen(false);
  }

  return (
    <section aria-labelledby="merge-heading" className="mt-10 border-t border-line pt-6">
      <h2 id="merge-heading" className="text-xl font-bold">
        Merge into another person
      </h2>
      {mergedFrom && (
        <p role="status" className="mt-2 rounded-card border-l-8 border-success bg-paper p-4">
          “{mergedFrom}” was merged into this person. To split them again, use{" "}
          <Link className={linkClass} href="/audit?action=merge">
            Undo this merge in the audit log
          </Link>
          .
        </p>
      )}
      <p className="mt-2">
        When this person is on record twice, merge this copy into the one to keep: its votes, terms and statements move
        there, and its public address leads there.
      </p>
      {refusal && (
        <div role="alert" className="mt-2 rounded-card border-l-8 border-error bg-paper p-4">
          <p className="font-bold">They were not merged.</p>
          <p>{refusal}</p>
        </div>
      )}
      {!open ? (
        <button type="button" className={`${buttonClass("secondary")} mt-2`} onClick={() => setOpen(true)}>
          Merge into another person…
        </button>
      ) : (
        <div className="mt-2 rounded-card border-2 border-line p-4">
          <label htmlFor={searchId} className="block font-bold">
            The person to keep
          </label>
          <p id={`${searchId}-hint`} className="text-muted">
            Type part of their name, then choose them from the list.
          </p>
          <RecordSearch
            id={searchId}
            collection="people"
            exclude={[id]}
            describedBy={`${searchId}-hint`}
            onChoose={(chosen) => {
              setRefusal(null);
              setIntoId(chosen);
            }}
          />
          {preview.isError && (
            <p role="alert" className="mt-2 font-bold text-error">
              {preview.error.message}
            </p>
          )}
          {intoId && !preview.data && !preview.isError && <p className="mt-2">Counting what will move…</p>}
          {preview.data && (
            <div className="mt-4 rounded-card border-2 border-error p-4">
              <h3 ref={question} tabIndex={-1} className="font-bold">
                Merge “{preview.data.from.name}” into “{preview.data.into.name}”?
              </h3>
              <p className="mt-1">
                This moves {preview.data.summary} to {preview.data.into.name}
                {preview.data.identifiers
                  ? `, gives them ${preview.data.identifiers === 1 ? "1 id" : `${preview.data.identifiers} ids`} in other systems`
                  : ""}
                , and deletes this copy. Its public address will lead to {preview.data.into.name}’s page. You can undo
                it from the audit log.
              </p>
              <div className="mt-3 flex flex-wrap gap-3">
                <button type="button" className={buttonClass("danger")} onClick={confirm} disabled={merge.isPending}>
                  {merge.isPending ? "Merging…" : "Yes, merge them"}
                </button>
                <button type="button" className={buttonClass("secondary")} onClick={cancel}>
                  No, keep both
                </button>
              </div>
            </div>
          )}
          {!preview.data && (
            <button type="button" className={`${buttonClass("secondary")} mt-3`} onClick={cancel}>
              Cancel
            </button>
          )}
        </div>
      )}
    </section>
  );
}
