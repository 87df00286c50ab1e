"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { readSaveFailure } from "@/lib/form-kit/save-failure";
import { useTRPC } from "@/lib/trpc";
import type { OnDecided, ReviewItem } from "./review-types";

type Resolution = NonNullable<ReviewItem["resolution"]>;

/** Decides an item; on success the queue reloads and hears what was done, on failure the item shows why. */
export function useDecide(item: ReviewItem, onDecided: OnDecided) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const resolve = useMutation(trpc.review.resolve.mutationOptions());
  const [failure, setFailure] = useState<string | null>(null);

  async function decide(resolution: Resolution, done: string) {
    setFailure(null);
    try {
      await resolve.mutateAsync({ id: item.id, resolution });
      onDecided(done);
      await queryClient.invalidateQueries(trpc.review.pathFilter());
    } catch (error) {
      setFailure(readSaveFailure(error).message);
    }
  }
  return { decide, failure, busy: resolve.isPending };
}
