"use client";

import type { Explainer } from "@legible/core";
import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useId, useState } from "react";
import { useTRPC } from "@/lib/trpc";
import { DraftPreview, type DraftPreviewState, useDraftPreview } from "./draft-preview";
import { LANGUAGE_NAMES, otherLocale } from "./other-language";

interface SidePanelProps {
  draft: Explainer;
  /** The working copy laid out as the public page (the editor keeps it, for source numbers too). */
  preview: DraftPreviewState;
  other: Explainer | null;
  /** The public site's address: the preview's record links point there. */
  publicUrl: string;
}

/** The other language's working copy, laid out as its public page. */
function OtherPreview({ other, publicUrl, label }: { other: Explainer; publicUrl: string; label: string }) {
  return <DraftPreview preview={useDraftPreview(other)} publicUrl={publicUrl} label={label} />;
}

/** Beside the editor: the live preview, or the other language's explainer read-only, so translators keep them in step. */
export function SidePanel({ draft, preview, other, publicUrl }: SidePanelProps) {
  const name = useId();
  const [showing, setShowing] = useState<"preview" | "other">("preview");
  const otherName = LANGUAGE_NAMES[otherLocale(draft.locale)];
  return (
    <div className="space-y-3">
      <fieldset className="rounded-card border border-line bg-paper p-3">
        <legend className="px-1 font-bold">Show beside the editor</legend>
        <div className="flex flex-wrap gap-4">
          <label className="flex items-center gap-2">
            <input
              type="radio"
              name={name}
              className="size-5"
              checked={showing === "preview"}
              onChange={() => setShowing("preview")}
            />
            Live preview
          </label>
          <label className="flex items-center gap-2">
            <input
              type="radio"
              name={name}
              className="size-5"
              checked={showing === "other"}
              onChange={() => setShowing("other")}
            />
            The {otherName} explainer (read-only)
          </label>
        </div>
      </fieldset>
      {showing === "preview" ? (
        <DraftPreview preview={preview} publicUrl={publicUrl} label="Live preview" />
      ) : other ? (
        <>
          <p>
            <Link href={`/explainers/${encodeURIComponent(other.id)}`} className="text-primary underline">
              Edit the {otherName} explainer
            </Link>{" "}
            <span className="text-muted">(its working copy, version {other.version})</span>
          </p>
          <OtherPreview other={other} publicUrl={publicUrl} label={`The ${otherName} explainer, read-only`} />
        </>
      ) : (
        <p className="rounded-card border border-line bg-paper p-4">
          This measure has no {otherName} explainer yet.{" "}
          <Link
            href={`/explainers/new?measureId=${encodeURIComponent(draft.measureId)}&locale=${otherLocale(draft.locale)}`}
            className="text-primary underline"
          >
            Start the {otherName} explainer
          </Link>
        </p>
      )}
    </div>
  );
}

/** The same measure's explainer in the other language, when there is one. */
export function useOtherLanguage(draft: Pick<Explainer, "measureId" | "locale">): Explainer | null {
  const trpc = useTRPC();
  const list = useQuery(
    trpc.explainers.list.queryOptions({
      filters: { measureId: draft.measureId, locale: otherLocale(draft.locale) },
      pageSize: 1,
    }),
  );
  const otherId = list.data?.items[0]?.id;
  const other = useQuery({ ...trpc.explainers.get.queryOptions({ id: otherId ?? "" }), enabled: Boolean(otherId) });
  return otherId ? (other.data ?? null) : null;
}
