"use client";

import { buttonClass } from "@legible/ui/button";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { readSaveFailure } from "@/lib/form-kit/save-failure";
import { useRecordApi } from "@/lib/records/api";
import type { RecordRouterKey } from "@/lib/records/router-keys";

/** Delete, after the user confirms; a refusal (other records depend on it) is shown in the server's words. */
export function DeleteRecord({
  config,
  id,
  title,
  version,
}: {
  /** The collection: its router, the address of its list, and what one is called. */
  config: { router: RecordRouterKey | "explainers"; slug: string; singular: string };
  id: string;
  title: string;
  version: number;
}) {
  const api = useRecordApi(config.router);
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const question = useRef<HTMLHeadingElement>(null);
  const remove = useMutation(api.remove.mutationOptions());

  useEffect(() => {
    if (confirming) question.current?.focus();
  }, [confirming]);

  async function confirm() {
    setRefusal(null);
    try {
      await remove.mutateAsync({ id, version });
      router.push(`/${config.slug}?deleted=${encodeURIComponent(title)}`);
    } catch (error) {
      setRefusal(readSaveFailure(error).message);
      setConfirming(false);
    }
  }

  return (
    <section aria-labelledby="delete-heading" className="mt-10 border-t border-line pt-6">
      <h2 id="delete-heading" className="text-xl font-bold">
        Delete this {config.singular}
      </h2>
      {refusal && (
        <div role="alert" className="mt-2 rounded-card border-l-8 border-error bg-paper p-4">
          <p className="font-bold">It was not deleted.</p>
          <p>{refusal}</p>
        </div>
      )}
      {confirming ? (
        <div className="mt-2 rounded-card border-2 border-error p-4">
          <h3 ref={question} tabIndex={-1} className="font-bold">
            Delete “{title}”? You can bring it back from the audit log’s history.
          </h3>
          <div className="mt-3 flex flex-wrap gap-3">
            <button type="button" className={buttonClass("danger")} onClick={confirm} disabled={remove.isPending}>
              Yes, delete it
            </button>
            <button type="button" className={buttonClass("secondary")} onClick={() => setConfirming(false)}>
              No, keep it
            </button>
          </div>
        </div>
      ) : (
        <button type="button" className={`${buttonClass("danger")} mt-2`} onClick={() => setConfirming(true)}>
          Delete this {config.singular}
        </button>
      )}
    </section>
  );
}
