"use client";

import type { AdminRouter } from "@legible/api";
import { type Explainer, ExplainerSchema, parseWith } from "@legible/core";
import { ExplainerArticle, explainerWords, type RecordKind } from "@legible/ui/explainer";
import { useMutation } from "@tanstack/react-query";
import type { inferRouterOutputs } from "@trpc/server";
import { useEffect, useMemo, useRef, useState } from "react";
import { useTRPC } from "@/lib/trpc";

/** The public page's view of a working copy, as the admin router's `explainers.preview` builds it. */
export type DraftView = inferRouterOutputs<AdminRouter>["explainers"]["preview"];

/** What the preview shows: the latest view laid out, and why the newest edits are not in it yet. */
export interface DraftPreviewState {
  view: DraftView | null;
  /** Set while the working copy cannot be laid out (a required field is empty, the server is away). */
  problem: string | null;
}

/** What the preview is built from: the admin router's `explainers.preview` input, checked the same way. */
const DraftSchema = ExplainerSchema.pick({ id: true, headline: true, blocks: true, corrections: true });

const NOT_YET = "some fields are empty or not valid yet (saving names them beside each field).";

/** How long typing pauses before the preview is laid out again. */
const PAUSE_MS = 300;

/**
 * The public page a working copy would make if it were published now, built on the server by
 * the public page's own view builder (with the measure's stage, votes and sources), again each
 * time the editor pauses. The previous view stays on screen until the next arrives.
 */
export function useDraftPreview(
  draft: Pick<Explainer, "id" | "headline" | "blocks" | "corrections"> | null,
): DraftPreviewState {
  const trpc = useTRPC();
  const { mutate } = useMutation(trpc.explainers.preview.mutationOptions());
  const [state, setState] = useState<DraftPreviewState>({ view: null, problem: null });
  const latest = useRef(0);
  const input = draft
    ? JSON.stringify({ id: draft.id, headline: draft.headline, blocks: draft.blocks, corrections: draft.corrections })
    : null;
  useEffect(() => {
    if (input === null) return;
    const asked = ++latest.current;
    // A field the schema refuses (an empty headline or block) is named beside it on saving;
    // the preview keeps the last copy it could lay out, without asking the server in vain.
    const parsed = parseWith(DraftSchema, JSON.parse(input));
    if (!parsed.ok) {
      setState((current) => ({ view: current.view, problem: NOT_YET }));
      return;
    }
    const timer = setTimeout(() => {
      mutate(parsed.value, {
        // Only the answer to the newest question counts; an older one arriving late is dropped.
        onSuccess: (view) => {
          if (asked === latest.current) setState({ view, problem: null });
        },
        onError: (error) => {
          if (asked !== latest.current) return;
          const problem = error.data?.issues?.length ? NOT_YET : error.message;
          setState((current) => ({ view: current.view, problem }));
        },
      });
    }, PAUSE_MS);
    return () => clearTimeout(timer);
  }, [input, mutate]);
  return state;
}

const FOLDERS: Record<RecordKind, string> = { measure: "measures", vote: "votes", person: "people", body: "bodies" };

/** A record's public page, in the explainer's language, on the public site. */
export function publicRecordUrl(publicUrl: string, locale: Explainer["locale"], kind: RecordKind, id: string): string {
  return new URL(`${locale === "es" ? "/es" : ""}/${FOLDERS[kind]}/${encodeURIComponent(id)}`, publicUrl).toString();
}

/** Source numbers as the public page gives them, by source id, for the citation pickers. */
export function sourceNumbersOf(view: DraftView | null): ReadonlyMap<string, number> {
  return new Map((view?.sources ?? []).map((source) => [source.id, source.number]));
}

/**
 * The preview: the public site's own article (packages/ui's ExplainerArticle) for the working
 * copy's view, its record links pointing at the public site.
 */
export function DraftPreview({
  preview,
  publicUrl,
  label,
}: {
  preview: DraftPreviewState;
  publicUrl: string;
  /** The region's accessible name, such as "Live preview". */
  label: string;
}) {
  const { view, problem } = preview;
  const words = useMemo(
    () => (view ? explainerWords(view.locale, (kind, id) => publicRecordUrl(publicUrl, view.locale, kind, id)) : null),
    [view, publicUrl],
  );
  return (
    <section aria-label={label} className="rounded-card border border-line bg-canvas p-4">
      {problem ? (
        <p role="status" className="mb-3 border-l-4 border-warning pl-2">
          The preview shows your last edits that could be laid out. Now: {problem}
        </p>
      ) : null}
      {view && words ? <ExplainerArticle view={view} words={words} /> : <p role="status">Laying out the preview…</p>}
    </section>
  );
}
