"use client";

import type { StaffRole } from "@legible/api";
import type { Explainer } from "@legible/core";
import { Notice } from "@legible/ui/notice";
import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "@/lib/trpc";
import { LoadedEditor } from "./loaded-editor";

/** The explainer editor: loads the explainer, then edits a working copy of the version loaded. */
export function ExplainerEditor({ id, role, publicUrl }: { id: string; role: StaffRole; publicUrl: string }) {
  const trpc = useTRPC();
  const explainer = useQuery({ ...trpc.explainers.get.queryOptions({ id }), refetchOnWindowFocus: false });
  if (explainer.isPending) {
    return (
      <>
        <h1 className="font-serif text-3xl font-bold">Edit explainer</h1>
        <p className="mt-2" role="status">
          Loading the explainer…
        </p>
      </>
    );
  }
  if (explainer.isError) {
    return (
      <>
        <h1 className="font-serif text-3xl font-bold">Edit explainer</h1>
        <div className="mt-4">
          <Notice tone="error" title="This explainer could not be opened">
            <p>{explainer.error.message}</p>
          </Notice>
        </div>
      </>
    );
  }
  return <LoadedEditor key={id} loaded={explainer.data as Explainer} role={role} publicUrl={publicUrl} />;
}
