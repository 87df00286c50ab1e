"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTRPC } from "@/lib/trpc";
import { runHref } from "./sync-types";

/** Starts a run and opens its page, where its progress shows. */
export function RunNowButton({ syncId, syncName }: { syncId: string; syncName: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const runNow = useMutation(
    trpc.syncs.runNow.mutationOptions({
      onSuccess: async (run) => {
        await queryClient.invalidateQueries(trpc.syncs.pathFilter());
        router.push(runHref(run.id));
      },
      onError: (failure) => setError(failure.message),
    }),
  );
  return (
    <span>
      <button
        type="button"
        onClick={() => {
          setError(null);
          runNow.mutate({ id: syncId });
        }}
        disabled={runNow.isPending}
        aria-label={`Run now: ${syncName}`}
        className="rounded bg-primary px-3 py-1 font-bold text-paper hover:bg-primary-dark disabled:opacity-70"
      >
        {runNow.isPending ? "Starting…" : "Run now"}
      </button>
      {error && (
        <span role="alert" className="ml-2 font-bold text-error">
          {error}
        </span>
      )}
    </span>
  );
}
